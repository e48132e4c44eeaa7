-- One district's congresses (their sessions then found by congress), disclosures of a period and protections of a year.
create index if not exists ix_workers_congress_district on workers_congress (district_id) include (id, established_on, abolished_on);
create index if not exists ix_disclosure_district on disclosure (district_id, published_on) include (employer_id);
create index if not exists ix_womens_protection_district on womens_protection (district_id, protection_year)
    include (employer_id, four_periods, screened, checked_on);
analyze workers_congress, disclosure, womens_protection;

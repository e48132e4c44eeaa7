-- One district's enrolments of the years asked and claims paid by a day.
create index if not exists ix_insurance_enrolment_district on insurance_enrolment (district_id, cover_year)
    include (insured_workers, amount_paid);
create index if not exists ix_insurance_claim_district on insurance_claim (district_id, paid_on) include (amount_paid, illness_category);
analyze insurance_enrolment, insurance_claim;

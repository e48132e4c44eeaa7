-- One district's collective contracts by the days its figures ask for: in force on a day, signed and filed in a period.
create index if not exists ix_collective_contract_district_in_force on collective_contract (district_id, ends_on, starts_on, id)
    include (terminated_on) where status in ('SIGNED', 'FILED', 'TERMINATED');
create index if not exists ix_collective_contract_district_signed on collective_contract (district_id, signed_on)
    include (kind, wage_rise, workers_covered) where signed_on is not null;
create index if not exists ix_collective_contract_district_filed on collective_contract (district_id, filed_on) where filed_on is not null;
analyze collective_contract;

-- A row of a table that refers to itself (a correction to its entry, a contract to the one it renews, a union to its
-- successor) cannot be deleted or re-keyed before PostgreSQL has looked for the rows that refer to it; without an index on
-- the referring column that look is a scan of the whole table for every row deleted: deleting a year of remittances from
-- a city's 3 million ran for over 12 minutes before it was stopped. H2 indexes every foreign key by itself. Partial: the
-- referring columns are almost always empty, and an import should not maintain an index of nulls.
create index if not exists ix_remittance_correction_of on remittance (correction_of) where correction_of is not null;
create index if not exists ix_fund_return_correction_of on fund_return (correction_of) where correction_of is not null;
create index if not exists ix_fund_allocation_correction_of on fund_allocation (correction_of) where correction_of is not null;
create index if not exists ix_collective_contract_renews on collective_contract (renews_id) where renews_id is not null;
create index if not exists ix_union_org_successor on union_org (successor_id) where successor_id is not null;
create index if not exists ix_union_org_approval_union on union_org (approval_union_id) where approval_union_id is not null;
create index if not exists ix_honoree_merged_into on honoree (merged_into) where merged_into is not null;

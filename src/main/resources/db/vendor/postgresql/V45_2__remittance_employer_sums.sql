-- Employers in arrears are counted from the months of the employers with a short month (ix_remittance_short): on the
-- benchmark city 7,800 employers' 86,000 entries of a year, each a random read of the table (about 380 ms for the whole
-- city). The same index with the amounts and the union beside the key answers those sums from the index alone.
create index if not exists ix_remittance_employer_sums on remittance (employer_id, funds_month) include (due, paid, union_id);
drop index if exists ix_remittance_employer;

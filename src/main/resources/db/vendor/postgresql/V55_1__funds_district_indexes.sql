-- One district's 缴纳筹备金的单位, 欠缴工会经费的单位 and returns are found by the district remittances and returns keep
-- (V44) instead of reading the whole city's entries of the period and joining them to the union tree (14, 7 and 15 ms of a
-- district's dashboard at city size). Partial indexes of the few rows those figures read (133,000 preparatory payments and
-- 48,000 uneven months of two million entries a year at city size), so that the import writes little more.
create index if not exists ix_remittance_district_preparatory on remittance (district_id, funds_month, credit_code)
    where payer_type = 'PREPARATORY' and paid > 0;
create index if not exists ix_remittance_district_uneven on remittance (district_id, funds_month, employer_id) include (due, paid)
    where due - paid <> 0;
create index if not exists ix_fund_return_district on fund_return (district_id, returned_on) include (employer_id, amount, correction_of);
analyze remittance, fund_return;

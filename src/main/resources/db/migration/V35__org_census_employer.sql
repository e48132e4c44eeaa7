-- #27: a grassroots union's census return names the employer it belongs to (统一社会信用代码); approving the
-- return opens the coverage when the union does not cover it yet, as the employer import does.
alter table census_return add column employer_credit_code varchar(18);

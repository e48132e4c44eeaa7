-- Every row that keeps a district now holds one: the city federation itself and the rows of its own union (a few: its
-- annual return, remittances it takes directly) are district 0, the number the figure tallies already file them under.
-- A distributed database places rows by this column and cannot place a NULL there (#25; Citus refuses an INSERT with
-- NULL in the distribution column), and a district's figures read it with "=", which NULL never matches.
update union_org set district_id = 0 where district_id is null;
update member set district_id = 0 where district_id is null;
update remittance set district_id = 0 where district_id is null;
update fund_return set district_id = 0 where district_id is null;
update collective_contract set district_id = 0 where district_id is null;
update workers_congress set district_id = 0 where district_id is null;
update disclosure set district_id = 0 where district_id is null;
update womens_protection set district_id = 0 where district_id is null;
update hardship_file set district_id = 0 where district_id is null;
update insurance_enrolment set district_id = 0 where district_id is null;
update insurance_claim set district_id = 0 where district_id is null;
update annual_return set district_id = 0 where district_id is null;

alter table union_org alter column district_id set not null;
alter table member alter column district_id set not null;
alter table remittance alter column district_id set not null;
alter table fund_return alter column district_id set not null;
alter table collective_contract alter column district_id set not null;
alter table workers_congress alter column district_id set not null;
alter table disclosure alter column district_id set not null;
alter table womens_protection alter column district_id set not null;
alter table hardship_file alter column district_id set not null;
alter table insurance_enrolment alter column district_id set not null;
alter table insurance_claim alter column district_id set not null;
alter table annual_return alter column district_id set not null;

-- Mutual-aid insurance enrolments and claims keep their union's district, as the democracy tables do (V53, V54): one
-- district's 互助保障 figures find them by it (five statements, 16 ms of a district's dashboard at city size).
alter table insurance_enrolment add column district_id bigint;
alter table insurance_claim add column district_id bigint;
update insurance_enrolment e set district_id = (select u.district_id from union_org u where u.id = e.union_id);
update insurance_claim c set district_id = (select u.district_id from union_org u where u.id = c.union_id);

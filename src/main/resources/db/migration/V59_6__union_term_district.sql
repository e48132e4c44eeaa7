-- Terms keep their union's district, like the modules' rows (V53, V54): one district's terms due (org.termsExpiring,
-- org.termsOverdue, org.termsPostponed) were found through every union of its subtree and checked one by one, 11.7 +
-- 11.2 ms of a district's dashboard at city size, its largest statements. SubtreeDistricts keeps the column when unions
-- move; a closed union's terms take its successor's district as every kept row does (they count no more: the union is
-- not active).
alter table union_term add column district_id bigint;
update union_term t set district_id = (select u.district_id from union_org u where u.id = t.union_id);
update union_term set district_id = 0 where district_id is null;
alter table union_term alter column district_id set not null;

-- A 职代会's sessions and their proposals keep the district of their system (V54), as its rows do: a distributed database
-- places them beside it by that column (#25), and one district's sessions and proposals are found by it. SubtreeDistricts
-- keeps the column when unions move or close: the sessions follow their system, the proposals their session.
-- The systems' districts are copied beside the sessions first: on a Citus cluster placed by an earlier release the
-- systems are distributed and the sessions are not, and Citus refuses a correlated subquery between the two.
create table congress_district_copy as select id, district_id from workers_congress;
create index ix_congress_district_copy on congress_district_copy (id);
alter table congress_session add column district_id bigint;
update congress_session s set district_id = (select w.district_id from congress_district_copy w where w.id = s.congress_id);
drop table congress_district_copy;
alter table congress_session alter column district_id set not null;
alter table congress_proposal add column district_id bigint;
update congress_proposal p set district_id = (select s.district_id from congress_session s where s.id = p.session_id);
alter table congress_proposal alter column district_id set not null;

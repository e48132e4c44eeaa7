-- A member's history lies with the member: each entry keeps the member's district, which follows the member when it
-- moves (the member module, through DistrictRows). On Citus that district places the history on the member's shard,
-- beside the member (db/vendor/citus/afterMigrate.sql), instead of on the coordinator.
alter table member_status_change add column district_id bigint;
update member_status_change h set district_id = (select m.district_id from member m where m.id = h.member_id);
alter table member_status_change alter column district_id set not null;

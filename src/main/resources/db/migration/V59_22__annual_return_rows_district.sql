-- A return's values, failed checks, frozen rows and rectification links keep the return's district (the union's when
-- the year's returns were started, never changed): a distributed database places them beside their return (#25), the
-- values being the statistics' largest table (some forty per union and year, and a row per record behind each computed
-- cell once a return is submitted).
alter table annual_return_value add column district_id bigint;
update annual_return_value v set district_id = (select r.district_id from annual_return r where r.id = v.return_id);
alter table annual_return_value alter column district_id set not null;
alter table annual_check_failure add column district_id bigint;
update annual_check_failure f set district_id = (select r.district_id from annual_return r where r.id = f.return_id);
alter table annual_check_failure alter column district_id set not null;
alter table annual_frozen_row add column district_id bigint;
update annual_frozen_row f set district_id = (select r.district_id from annual_return r where r.id = f.return_id);
alter table annual_frozen_row alter column district_id set not null;
alter table annual_check_rectification add column district_id bigint;
update annual_check_rectification k set district_id = (select r.district_id from annual_return r where r.id = k.return_id);
alter table annual_check_rectification alter column district_id set not null;

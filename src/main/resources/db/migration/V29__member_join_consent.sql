-- 网上入会 collects an ID number and a phone: the applicant agrees to the 个人信息收集告知 first, and when
-- is kept with the application (earlier applications have none).
alter table join_application add column consented_at timestamp with time zone;

-- Sessions carry the stamp their account had when they signed in; changing it (disable, password
-- reset or change, new roles or union, a role's permissions edited, the union closed) ends them.
alter table app_user add column session_stamp bigint not null default 0;

-- Wrong passwords are counted per account and client address in memory (LoginThrottle): a lock
-- kept on the account let anyone lock anyone out.
alter table app_user drop constraint ck_app_user_failed;
alter table app_user drop column failed_attempts;
alter table app_user drop column locked_until;

-- Sessions carry the stamp their account had when they signed in; changing it (disable, password
-- reset or change, new roles or union, a role's permissions edited, the union closed) ends them.
alter table app_user add column session_stamp bigint not null default 0;

-- Care records and honors entered by mistake are corrected or withdrawn, no longer only added: both
-- become versioned rows so that two cadres correcting the same record cannot overwrite each other.
alter table care_record add column version bigint default 0 not null;
alter table care_record add column updated_at timestamp with time zone;
alter table honor_award add column version bigint default 0 not null;
alter table honor_award add column updated_at timestamp with time zone;

-- Online applications are all taken alike (the page no longer tells anyone whether an ID number is
-- a member's or has applied): duplicates are shown to the reviewing union, not refused at the door.
alter table join_application drop constraint uq_join_application_pending;
create index ix_join_application_pending on join_application (pending_id_number);

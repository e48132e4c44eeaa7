-- Who entered a needy-worker file or changed it last: that account never approves it (maker-checker).
alter table hardship_file add column last_changed_by varchar(40);

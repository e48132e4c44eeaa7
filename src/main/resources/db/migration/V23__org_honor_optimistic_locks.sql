-- A coverage is ended and an objection answered by editing the row: two cadres doing it at once must
-- not overwrite each other silently, so these rows carry a version like every other record that changes.
alter table union_org_employer add column version bigint not null default 0;
alter table nomination_objection add column version bigint not null default 0;

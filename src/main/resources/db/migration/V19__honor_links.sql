-- A model worker is linked to the member record of the same person where one exists (kept when the
-- membership later ends); nominations carry supporting files.
alter table honoree add column member_id bigint references member (id);
create index ix_honoree_member on honoree (member_id);

create table nomination_file (
    nomination_id bigint      not null references nomination (id),
    file_id       varchar(36) not null references stored_file (id),
    primary key (nomination_id, file_id)
);

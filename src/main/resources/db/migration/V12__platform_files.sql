-- Stored files (attachments, evidence, materials): the content on disk under the files directory,
-- the record here, scoped to the union that uploaded it.
create table stored_file (
    id           varchar(36)  primary key,
    union_id     bigint       not null references union_org (id),
    filename     varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    uploaded_by  varchar(40),
    created_at   timestamp with time zone not null
);
create index ix_stored_file_union on stored_file (union_id);

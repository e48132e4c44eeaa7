-- Import jobs: every spreadsheet import runs as a job that validates (with a preview of what it
-- would do), waits for the user's confirmation, then writes. The page polls the job.
create table import_job (
    id           varchar(36)  primary key,
    user_id      bigint       not null references app_user (id),
    union_id     bigint       not null references union_org (id),
    entity       varchar(40)  not null,
    title        varchar(100) not null,
    filename     varchar(255),
    mode         varchar(20)  not null,
    status       varchar(20)  not null,
    total        integer      not null default 0,
    processed    integer      not null default 0,
    valid        integer      not null default 0,
    failed       integer      not null default 0,
    created      integer      not null default 0,
    updated      integer      not null default 0,
    unchanged    integer      not null default 0,
    written      boolean      not null default false,
    error_file   varchar(500),
    errors_json  text,
    message      varchar(500),
    created_at   timestamp with time zone not null,
    finished_at  timestamp with time zone,
    constraint ck_import_job_status check (status in ('VALIDATING', 'READY', 'WRITING', 'DONE', 'REJECTED', 'FAILED', 'CANCELLED')),
    constraint ck_import_job_mode check (mode in ('ALL_OR_NOTHING', 'VALID_ONLY'))
);
create index ix_import_job_user on import_job (user_id, created_at);

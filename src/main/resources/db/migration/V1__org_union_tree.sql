-- The union tree (org module). The materialized path (/1/12/345/) makes "this union and
-- everything under it" one indexed prefix condition, which is also the data scope.
create sequence union_org_seq start with 100 increment by 1;

create table union_org (
    id                   bigint       primary key,
    parent_id            bigint       references union_org (id),
    path                 varchar(512) not null,
    depth                integer      not null,
    district_id          bigint,
    name                 varchar(100) not null,
    short_name           varchar(50),
    org_type             varchar(30)  not null,
    grassroots_kind      varchar(30),
    credit_code          varchar(18),
    legal_person_cert_no varchar(50),
    division_code        varchar(6),
    address              varchar(200),
    founded_on           date,
    chair_name           varchar(50),
    contact_name         varchar(50),
    contact_phone        varchar(20),
    status               varchar(20)  not null default 'ACTIVE',
    closed_on            date,
    closed_reason        varchar(200),
    successor_id         bigint       references union_org (id),
    sort_order           integer      not null default 0,
    version              bigint       not null default 0,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    constraint uq_union_org_path unique (path),
    constraint uq_union_org_credit_code unique (credit_code),
    constraint ck_union_org_status check (status in ('ACTIVE', 'DISSOLVED', 'MERGED')),
    constraint ck_union_org_type check (org_type in ('CITY_FEDERATION', 'DISTRICT_FEDERATION', 'TOWN_FEDERATION',
        'INDUSTRY_UNION', 'SECTOR_FEDERATION', 'AREA_FEDERATION', 'GRASSROOTS', 'SUB_UNION', 'GROUP')),
    constraint ck_union_org_kind check ((org_type = 'GRASSROOTS') = (grassroots_kind is not null)),
    constraint ck_union_org_root check ((parent_id is null) = (depth = 0)),
    constraint ck_union_org_closed check ((status = 'ACTIVE') = (closed_on is null))
);
create index ix_union_org_parent on union_org (parent_id);
create index ix_union_org_district on union_org (district_id);
create index ix_union_org_name on union_org (name);

insert into union_org (id, parent_id, path, depth, district_id, name, org_type, status, created_at, updated_at)
values (1, null, '/1/', 0, null, '${root_union_name}', 'CITY_FEDERATION', 'ACTIVE', current_timestamp, current_timestamp);

-- The census through which a union asked the questions of a statistical year's grassroots form of its subtree.
create table annual_questionnaire (
    stat_year  integer not null,
    union_id   bigint  not null references union_org (id),
    census_id  bigint  not null references census (id),
    created_at timestamp with time zone not null,
    primary key (stat_year, union_id),
    constraint uq_annual_questionnaire_census unique (census_id)
);

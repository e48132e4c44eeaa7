-- A failing check of an annual return opened as an item of the rectification ledger (问题清单), once per return and check.
insert into dict_item (type_code, code, label, sort_order) values ('problem_source', 'STATISTICS', '统计年报逻辑检查', 6);

create table annual_check_rectification (
    return_id        bigint      not null references annual_return (id) on delete cascade,
    check_code       varchar(10) not null,
    rectification_id bigint      not null,
    primary key (return_id, check_code)
);

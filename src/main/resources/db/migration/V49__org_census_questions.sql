-- Questions a census asks beyond its fixed questionnaire (e.g. the cells of the year's statistics form that the records
-- cannot give), and each return's answers; values are numbers: counts, 1/0 for yes/no, amounts in 万元.
create table census_question (
    census_id  bigint       not null references census (id),
    code       varchar(20)  not null,
    position   integer      not null,
    label      varchar(200) not null,
    unit       varchar(20)  not null,
    kind       varchar(10)  not null,
    definition varchar(500),
    primary key (census_id, code),
    constraint ck_census_question_kind check (kind in ('NUMBER', 'YES_NO', 'AMOUNT'))
);

create table census_answer (
    return_id bigint        not null references census_return (id),
    census_id bigint        not null,
    code      varchar(20)   not null,
    val       numeric(18,4) not null,
    primary key (return_id, code),
    constraint fk_census_answer_question foreign key (census_id, code) references census_question (census_id, code),
    constraint ck_census_answer_val check (val >= 0)
);

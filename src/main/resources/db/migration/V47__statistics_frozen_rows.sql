-- The records behind an approved return's computed cells, as they were counted when it was approved: each record's id
-- and what it added to the cell (1 for a count), so that a difference between the frozen value and today's figure is
-- explained record by record (entered late, corrected, deleted, moved to another union).
create table annual_frozen_row (
    return_id    bigint        not null references annual_return (id) on delete cascade,
    cell_code    varchar(10)   not null,
    row_id       bigint        not null,
    contribution numeric(18,4) not null,
    primary key (return_id, cell_code, row_id)
);

-- The city's and districts' 工会经费 figures without summing a million remittances per request (measured on the demo
-- city with 2 million entries: 280–400 ms for each of 应缴 and 实收 and their breakdowns). Deltas per district and
-- month (day = the entry's 所属期), by payer type and channel as columns, kept by triggers per statement like the other
-- tallies (V19_3) and folded by tally_compact(); a flow over a period sums the day rows of its months.
create table remittance_tally (
    district_id bigint        not null,
    grain       char(1)       not null,
    day         date          not null,
    due_funds   numeric(18,2) not null,
    paid_funds  numeric(18,2) not null,
    due_prep    numeric(18,2) not null,
    paid_prep   numeric(18,2) not null,
    due_tax     numeric(18,2) not null,
    paid_tax    numeric(18,2) not null,
    constraint ck_remittance_tally_grain check (grain in ('D', 'Y'))
);
create index ix_remittance_tally_grain_day on remittance_tally (grain, day);
create index ix_remittance_tally_district_grain_day on remittance_tally (district_id, grain, day);

create function remittance_tally_sql(rows text, sign int) returns text language sql immutable as $$
    select tally_insert_sql('remittance_tally', 'due_funds,paid_funds,due_prep,paid_prep,due_tax,paid_tax', format($e$
        select coalesce(r.district_id, 0) as district_id, r.funds_month as day,
               case when r.payer_type = 'FUNDS' then r.due else 0 end as due_funds,
               case when r.payer_type = 'FUNDS' then r.paid else 0 end as paid_funds,
               case when r.payer_type = 'PREPARATORY' then r.due else 0 end as due_prep,
               case when r.payer_type = 'PREPARATORY' then r.paid else 0 end as paid_prep,
               case when r.channel = 'TAX' then r.due else 0 end as due_tax,
               case when r.channel = 'TAX' then r.paid else 0 end as paid_tax
          from %1$s r$e$, rows), sign)
$$;

create function remittance_tally_apply() returns trigger language plpgsql as $$
begin
    execute remittance_tally_sql('changed', TG_ARGV[0]::int);
    return null;
end;
$$;

-- An update counts as the old rows removed and the new ones added, for the rows whose counted columns changed.
create function remittance_tally_update() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id'
        || ' where (o.district_id, o.funds_month, o.payer_type, o.channel, o.due, o.paid)'
        || ' is distinct from (n.district_id, n.funds_month, n.payer_type, n.channel, n.due, n.paid)';
begin
    execute remittance_tally_sql('(select o.* ' || moved || ')', -1);
    execute remittance_tally_sql('(select n.* ' || moved || ')', 1);
    return null;
end;
$$;

create trigger remittance_tally_on_insert after insert on remittance
    referencing new table as changed for each statement execute function remittance_tally_apply('1');
create trigger remittance_tally_on_delete after delete on remittance
    referencing old table as changed for each statement execute function remittance_tally_apply('-1');
create trigger remittance_tally_on_update after update on remittance
    referencing old table as old_rows new table as new_rows for each statement execute function remittance_tally_update();

do $$ begin execute remittance_tally_sql('remittance', 1); end $$;
select tally_compact('remittance_tally');

-- 筹备金 payers and employers short of what they owed, counted from the few rows that can be either.
create index ix_remittance_preparatory on remittance (funds_month, credit_code, union_id) where payer_type = 'PREPARATORY' and paid > 0;
create index ix_remittance_short on remittance (funds_month, employer_id) where due > paid;

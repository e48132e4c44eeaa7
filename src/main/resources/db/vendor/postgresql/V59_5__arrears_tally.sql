-- 欠缴工会经费的单位 (an employer whose dues over the period's months exceed what it paid) summed every uneven month of
-- the city's year per employer on each request: 38 ms of the city dashboard's database time at city size, its largest
-- statement. Over a period from 1 January an employer owes at the period's last month when the balance (due - paid) of
-- its months from January to then is above zero. first_tally (V56_3) now keeps that as figure AR: in each bucket (the
-- district's, 'AR:D', and the city's, 'AR:C', where an employer of two districts is one balance) +1 at the month an
-- employer starts owing, -1 at the month it stops; the period's sum is the employers owing at its end.
-- A statement's rows change the balances of their employers' years: their months are read again and the difference
-- between owing before and after the statement goes into the tally.

-- The uneven months of rows (a month paid exactly changes no balance): district, employer, month and balance.
create function arrears_tally_events(rows text) returns text language sql immutable as $$
    select format('select coalesce(r.district_id, 0) as district, r.employer_id::text as key, r.funds_month as day,'
                  ' r.due - r.paid as balance from %s r where r.union_id is not null and r.employer_id is not null'
                  ' and r.due - r.paid <> 0', rows)
$$;

-- Those months in the figure's buckets: the row's district's, and the city's.
create function arrears_tally_bucketed(events text) returns text language sql immutable as $$
    select format($b$
        select b.id as bucket, e.key, e.day, e.balance from (%1$s) e join tally_bucket b on b.part = 'AR:D' and b.district_id = e.district
        union all
        select b.id, e.key, e.day, e.balance from (%1$s) e join tally_bucket b on b.part = 'AR:C' and b.district_id = 0$b$, events)
$$;

-- What the rows a statement added (added) and took away (removed) change in the tally.
create function arrears_tally_sql(added text, removed text) returns text language sql immutable as $$
    select first_tally_buckets('AR', arrears_tally_events(added)) || ';' || format($q$
        with moved as (
            select bucket, key, day, balance from (%1$s) a
            union all
            select bucket, key, day, -balance from (%2$s) r),
        years as (select distinct bucket, key, extract(year from day) as year from moved),
        standing as (
            select e.bucket, e.key, e.day, sum(e.balance) as balance from (%3$s) e
              join years y on y.bucket = e.bucket and y.key = e.key and y.year = extract(year from e.day) group by 1, 2, 3),
        months as (
            select coalesce(s.bucket, m.bucket) as bucket, coalesce(s.key, m.key) as key, coalesce(s.day, m.day) as day,
                   coalesce(s.balance, 0) as after, coalesce(s.balance, 0) - coalesce(m.balance, 0) as before
              from standing s full join (select bucket, key, day, sum(balance) as balance from moved group by 1, 2, 3) m
                on m.bucket = s.bucket and m.key = s.key and m.day = s.day),
        owing as (
            select bucket, key, day, (sum(after) over w > 0)::int as after, (sum(before) over w > 0)::int as before
              from months window w as (partition by bucket, key, extract(year from day) order by day)),
        changes as (
            select bucket, day, (after - lag(after, 1, 0) over w) - (before - lag(before, 1, 0) over w) as firsts
              from owing window w as (partition by bucket, key, extract(year from day) order by day))
        %4$s$q$,
        arrears_tally_bucketed(arrears_tally_events(added)), arrears_tally_bucketed(arrears_tally_events(removed)),
        arrears_tally_bucketed(arrears_tally_events('(select * from remittance where employer_id in (select key::bigint from moved))')),
        tally_insert_monthly_sql('first_tally', 'firsts', 'select bucket as district_id, day, firsts from changes where firsts <> 0', 1))
$$;

-- Writers of remittances take turns from here until they commit, as first_tally_on_change does, so that each statement
-- reads the balances the others left.
create function arrears_tally_on_change() returns trigger language plpgsql as $$
declare
    none constant text := '(select * from remittance where false)';
begin
    perform pg_advisory_xact_lock(hashtext('first_tally:AR'));
    if TG_OP = 'INSERT' then
        execute arrears_tally_sql('changed', none);
    elsif TG_OP = 'DELETE' then
        execute arrears_tally_sql(none, 'changed');
    else
        execute arrears_tally_sql('new_rows', 'old_rows');
    end if;
    return null;
end;
$$;

create trigger arrears_tally_on_insert after insert on remittance referencing new table as changed
    for each statement execute function arrears_tally_on_change();
create trigger arrears_tally_on_delete after delete on remittance referencing old table as changed
    for each statement execute function arrears_tally_on_change();
create trigger arrears_tally_on_update after update on remittance referencing old table as old_rows new table as new_rows
    for each statement execute function arrears_tally_on_change();

do $$
begin
    execute arrears_tally_sql('remittance', '(select * from remittance where false)');
end $$;
select tally_compact('first_tally');

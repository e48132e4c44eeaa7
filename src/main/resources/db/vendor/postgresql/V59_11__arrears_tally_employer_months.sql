-- The arrears trigger (V59_5, V59_10) read its employers' uneven months by joins whose plan the planner chose from
-- statistics that, just after a large import, say the year holds a few dozen rows. It then probed ix_remittance_uneven
-- (funds_month first) once per employer, every probe walking the whole year (0.3 ms each: 3.2 s for a sheet of 10,000
-- employers here, and the CI guard's remittance import at 0.013 of its floor against 0.11 with good plans), or re-read
-- the statement's employers once per remittance (15 s). Now no plan can do that:
-- - each employer-year the statement touched is looked up by itself (a lateral subquery kept apart by offset 0), in an
--   index led by the employer that covers what the trigger reads, cheaper than any other index under any statistics;
-- - its months go to both of their buckets (the district's and the city's) without a join back to the statement's
--   buckets: a bucket the statement did not touch is unchanged before and after, so it adds no change;
-- - the key is the employer's id as a number (its text form was sorted by collation three times a statement).

create index ix_remittance_employer_uneven on remittance (employer_id, funds_month) include (district_id, union_id, due, paid)
    where due - paid <> 0 and employer_id is not null;

-- Balances in cents as bigint: summed and windowed without numeric arithmetic (amounts have two decimals).
create or replace function arrears_tally_events(rows text) returns text language sql immutable as $$
    select format('select coalesce(r.district_id, 0) as district, r.employer_id as key, r.funds_month as day,'
                  ' ((r.due - r.paid) * 100)::bigint as balance from %s r where r.union_id is not null and r.employer_id is not null'
                  ' and r.due - r.paid <> 0', rows)
$$;

-- What the rows a statement added (added) and took away (removed) change in the tally. Per bucket, employer and month:
-- after = the balance now, before = the balance now less what the statement moved. Per bucket, employer and year in
-- month order: owing = the running balance above zero, and the month before owed when the running balance less this
-- month's was above zero (so one window pass, not a second one for lag); a change is where owing started or stopped.
create or replace function arrears_tally_sql(added text, removed text) returns text language sql immutable as $$
    select first_tally_buckets('AR', arrears_tally_events(added)) || ';' || format($q$
        with moved as (
            select bucket, key, day, balance from (%1$s) a
            union all
            select bucket, key, day, -balance from (%2$s) r),
        years as (select distinct key, date_part('year', day)::int as year from moved),
        held as (%3$s),
        months as (
            select bucket, key, day, sum(after) as after, sum(before) as before from (
                select bucket, key, day, balance as after, balance as before from (%5$s) s
                union all
                select bucket, key, day, 0, -balance from moved) m
             group by 1, 2, 3),
        running as (
            select bucket, day, after, before, sum(after) over w as owed_after, sum(before) over w as owed_before
              from months window w as (partition by bucket, key, date_part('year', day) order by day)),
        changes as (
            select bucket, day, ((owed_after > 0)::int - (owed_after - after > 0)::int)
                              - ((owed_before > 0)::int - (owed_before - before > 0)::int) as firsts
              from running)
        %4$s$q$,
        arrears_tally_bucketed(arrears_tally_events(added)), arrears_tally_bucketed(arrears_tally_events(removed)),
        arrears_tally_events('(select r.* from years y cross join lateral (select * from remittance r'
            ' where r.employer_id = y.key and r.funds_month >= make_date(y.year, 1, 1) and r.funds_month < make_date(y.year + 1, 1, 1)'
            ' and r.due - r.paid <> 0 offset 0) r)'),
        tally_insert_monthly_sql('first_tally', 'firsts', 'select bucket as district_id, day, firsts from changes where firsts <> 0', 1),
        arrears_tally_bucketed('select * from held'))
$$;

-- The statement's sort of its months fits in memory (it went to disk at the default 4 MB for 10,000 employers).
alter function arrears_tally_on_change() set work_mem = '32MB';

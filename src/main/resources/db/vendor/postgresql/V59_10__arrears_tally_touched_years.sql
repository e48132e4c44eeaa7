-- V59_5's trigger re-read its employers' uneven months of every year on each statement that wrote remittances (the
-- city's 100,000 uneven months, 240 ms for a statement of 4,350 employers): the benchmark guard's remittance import fell
-- from 0.14-0.16 of its floor to 0.10. The months are now read for the years the statement touched only (50 ms there).

-- What the rows a statement added (added) and took away (removed) change in the tally.
create or replace function arrears_tally_sql(added text, removed text) returns text language sql immutable as $$
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
        arrears_tally_bucketed(arrears_tally_events('(select * from remittance where employer_id in (select key::bigint from years)'
            ' and funds_month >= (select make_date(min(year)::int, 1, 1) from years)'
            ' and funds_month < (select make_date(max(year)::int + 1, 1, 1) from years))')),
        tally_insert_monthly_sql('first_tally', 'firsts', 'select bucket as district_id, day, firsts from changes where firsts <> 0', 1))
$$;

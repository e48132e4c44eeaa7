-- Figures that count each employer once over a period (缴纳筹备金的单位, 实行厂务公开的单位, 返还工会经费的小微企业, 开展
-- 女职工专项检查的单位) counted every matching row of the city's year per request: 9–21 ms each at city size, a third
-- of the city dashboard's database time. Over a period from 1 January, an employer counts when its first event of
-- the year falls in the period; tally_first keeps that first day per figure, bucket and year, and first_tally adds
-- +1 on it (a flow: the period's sum is the employers counted). Buckets (V28_2): part '<figure>:D' of the row's
-- district, '<figure>:C' of the whole city (district 0), where an employer of two districts counts once.
-- Rows added move a first day only earlier; rows removed or changed rebuild their employers' first days from the rows.
-- Figures:  PP  remittances of 筹备金 paid, by credit code and month      DE  disclosures, by employer and day
--           SR  fund returns (not corrections), by employer and day        PC  women's protection checks, by employer and day

create table tally_first (
    figure    varchar(4)  not null,
    bucket_id bigint      not null,
    key       varchar(40) not null,
    year      int         not null,
    day       date        not null,
    constraint uq_tally_first unique (figure, bucket_id, key, year)
);
create index ix_tally_first_key on tally_first (figure, key);

create table first_tally (
    district_id bigint  not null,
    grain       char(1) not null default 'D',
    day         date    not null,
    firsts      bigint  not null,
    constraint ck_first_tally_grain check (grain in ('D', 'M'))
);
create index ix_first_tally_bucket_day on first_tally (district_id, grain, day) include (firsts);

-- As tally_insert_sql (V19_3), at the day and the month (grain 'M', its first day): these tallies are read as flows
-- over a period, whose whole months then read one row each (a year to date: 11 month rows and a few days per bucket
-- instead of 340 day rows).
create function tally_insert_monthly_sql(tally text, columns text, events text, sign int) returns text language sql immutable as $$
    select format('insert into %I (district_id, grain, day, %s)'
                  ' select e.district_id, g.grain, case g.grain when ''M'' then cast(date_trunc(''month'', e.day) as date) else e.day end, %s'
                  '   from (%s) e cross join (values (''D''), (''M'')) g (grain) where e.day is not null group by 1, 2, 3',
                  tally, columns, (select string_agg(format('sum(e.%I) * %s', c, sign), ', ') from unnest(string_to_array(columns, ',')) c),
                  events)
$$;

create index ix_disclosure_employer on disclosure (employer_id);

-- The events of a figure in the relation rows (id, district, key, day), and the figure's table and key column.
create function first_tally_events(figure text, rows text) returns text language sql immutable as $$
    select format(case figure
        when 'PP' then 'select r.id, coalesce(r.district_id, 0) as district, r.credit_code::text as key, r.funds_month as day from %s r'
                       ' where r.union_id is not null and r.payer_type = ''PREPARATORY'' and r.paid > 0 and r.credit_code is not null'
        when 'DE' then 'select d.id, coalesce(d.district_id, 0) as district, d.employer_id::text as key, d.published_on as day from %s d'
                       ' where d.union_id is not null and d.employer_id is not null'
        when 'SR' then 'select f.id, coalesce(f.district_id, 0) as district, f.employer_id::text as key, f.returned_on as day from %s f'
                       ' where f.union_id is not null and f.correction_of is null and f.employer_id is not null'
        when 'PC' then 'select p.id, coalesce(p.district_id, 0) as district, p.employer_id::text as key, p.checked_on as day from %s p'
                       ' where p.union_id is not null and p.employer_id is not null and p.checked_on is not null'
        end, rows)
$$;

create function first_tally_rows_of(figure text, keys text) returns text language sql immutable as $$
    select case figure
        when 'PP' then format('(select * from remittance where credit_code in (%s))', keys)
        when 'DE' then format('(select * from disclosure where employer_id in (select k::bigint from (%s) x (k)))', keys)
        when 'SR' then format('(select * from fund_return where employer_id in (select k::bigint from (%s) x (k)))', keys)
        when 'PC' then format('(select * from womens_protection where employer_id in (select k::bigint from (%s) x (k)))', keys)
        end
$$;

-- The first day of each key's year in the events, per bucket (the district's and the city's).
create function first_tally_mins(figure text, events text) returns text language sql immutable as $$
    select format($m$
        select e.bucket, e.key, extract(year from e.day)::int as year, min(e.day) as day
          from (select b.id as bucket, e.key, e.day from (%1$s) e join tally_bucket b on b.part = %2$L and b.district_id = e.district
                union all
                select b.id, e.key, e.day from (%1$s) e join tally_bucket b on b.part = %3$L and b.district_id = 0) e
         where e.day is not null group by 1, 2, 3$m$, events, figure || ':D', figure || ':C')
$$;

create function first_tally_buckets(figure text, events text) returns text language sql immutable as $$
    select format('insert into tally_bucket (district_id, part) select distinct e.district, %2$L from (%1$s) e'
                  ' union select 0, %3$L on conflict do nothing', events, figure || ':D', figure || ':C')
$$;

-- Rows added: a first day is set where the key had none that year, or moved where the new one is earlier.
create function first_tally_added_sql(figure text, rows text) returns text language sql immutable as $$
    select first_tally_buckets(figure, first_tally_events(figure, rows)) || ';' || format($q$
        with mins as (%1$s),
        before as (
            select f.bucket_id, f.key, f.year, f.day from tally_first f join mins m
                on f.figure = %2$L and f.bucket_id = m.bucket and f.key = m.key and f.year = m.year),
        moved as (
            insert into tally_first (figure, bucket_id, key, year, day) select %2$L, m.bucket, m.key, m.year, m.day from mins m
            on conflict (figure, bucket_id, key, year) do update set day = excluded.day where excluded.day < tally_first.day
            returning bucket_id, key, year, day)
        %3$s$q$, first_tally_mins(figure, first_tally_events(figure, rows)), figure, tally_insert_monthly_sql('first_tally', 'firsts', $e$
        select m.bucket_id as district_id, m.day, 1 as firsts from moved m
        union all
        select b.bucket_id, b.day, -1 from moved m join before b on b.bucket_id = m.bucket_id and b.key = m.key and b.year = m.year$e$, 1))
$$;

-- Keys (a query of one text column) whose rows were removed or changed: their first days again from the rows, in
-- two statements (taken out, then put back) so that the unique key never sees both.
create function first_tally_rebuild_sql(figure text, keys text) returns text language sql immutable as $$
    select format($q$
        with gone as (delete from tally_first f where f.figure = %1$L and f.key in (%2$s) returning f.bucket_id, f.day)
        %3$s;
        %4$s;
        with added as (
            insert into tally_first (figure, bucket_id, key, year, day) select %1$L, m.bucket, m.key, m.year, m.day from (%5$s) m
            returning bucket_id, day)
        %6$s$q$, figure, keys,
        tally_insert_monthly_sql('first_tally', 'firsts', 'select bucket_id as district_id, day, -1 as firsts from gone', 1),
        first_tally_buckets(figure, first_tally_events(figure, first_tally_rows_of(figure, keys))),
        first_tally_mins(figure, first_tally_events(figure, first_tally_rows_of(figure, keys))),
        tally_insert_monthly_sql('first_tally', 'firsts', 'select bucket_id as district_id, day, 1 as firsts from added', 1))
$$;

-- The keys of the rows whose event (district, key, day, or none) an update changed.
create function first_tally_changed_keys(figure text) returns text language sql immutable as $$
    select format($k$
        select o.key from (%1$s) o left join (%2$s) n on n.id = o.id where (o.district, o.key, o.day) is distinct from (n.district, n.key, n.day)
        union
        select n.key from (%2$s) n left join (%1$s) o on o.id = n.id where (o.district, o.key, o.day) is distinct from (n.district, n.key, n.day)$k$,
        first_tally_events(figure, 'old_rows'), first_tally_events(figure, 'new_rows'))
$$;

-- Writers of a figure's table take turns from here until they commit (each statement of a trigger function reads
-- what is committed when it starts), so that no first day is decided on a stale one. The triggers run the text
-- themselves: their transition tables are not visible inside other functions.
create function first_tally_on_change() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('first_tally:' || TG_ARGV[0]));
    if TG_OP = 'INSERT' then
        execute first_tally_added_sql(TG_ARGV[0], 'changed');
    elsif TG_OP = 'DELETE' then
        execute first_tally_rebuild_sql(TG_ARGV[0], format('select e.key from (%s) e', first_tally_events(TG_ARGV[0], 'changed')));
    else
        execute first_tally_rebuild_sql(TG_ARGV[0], first_tally_changed_keys(TG_ARGV[0]));
    end if;
    return null;
end;
$$;

do $$
declare f record;
begin
    for f in select * from (values ('PP', 'remittance'), ('DE', 'disclosure'), ('SR', 'fund_return'), ('PC', 'womens_protection')) v (figure, tab)
    loop
        execute format('create trigger first_tally_on_insert after insert on %I referencing new table as changed'
                       ' for each statement execute function first_tally_on_change(%L)', f.tab, f.figure);
        execute format('create trigger first_tally_on_delete after delete on %I referencing old table as changed'
                       ' for each statement execute function first_tally_on_change(%L)', f.tab, f.figure);
        execute format('create trigger first_tally_on_update after update on %I referencing old table as old_rows new table as new_rows'
                       ' for each statement execute function first_tally_on_change(%L)', f.tab, f.figure);
        execute first_tally_added_sql(f.figure, f.tab);
    end loop;
end $$;
select tally_compact('first_tally');

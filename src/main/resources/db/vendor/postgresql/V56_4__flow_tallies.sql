-- Counts and sums over a period that the city and a district read per request from the rows (city size: 3–7 ms each,
-- about a quarter of the city dashboard's database time after V56_3) are kept per day in flow_tally instead, like the
-- other flows (V19_3), by day and month (V56_3): each row adds its count n and amounts a and b on its day to its district's bucket (V28_2) part
-- '<figure>:'; a row removed takes them out, a row changed takes out the old and adds the new. Any period's figure is
-- then the sum of its days. Figures:
--   DI  disclosures, on the day published                 FR  fund returns and their corrections: a = amount
--   CS  contracts signed: a = wage rise × workers covered and b = workers covered, for wage contracts with a rise
--   CF  contracts filed, on the day filed
-- And 落实女职工“四期”保护的单位 joins the first-event tallies (V56_3) as FP: each employer's protection year counts from
-- its 1 January (the figure is by year; with a period from 1 January it is that year's).

create table flow_tally (
    district_id bigint         not null,
    grain       char(1)        not null default 'D',
    day         date           not null,
    n           bigint         not null,
    a           numeric(18, 2) not null,
    b           numeric(18, 2) not null,
    constraint ck_flow_tally_grain check (grain in ('D', 'M'))
);
create index ix_flow_tally_bucket_day on flow_tally (district_id, grain, day) include (n, a, b);

-- The events of a figure in the relation rows: district, day, n, a, b.
create function flow_tally_events(figure text, rows text) returns text language sql immutable as $$
    select format(case figure
        when 'DI' then 'select coalesce(x.district_id, 0) as district, x.published_on as day, 1 as n, 0 as a, 0 as b from %s x'
        when 'FR' then 'select coalesce(x.district_id, 0) as district, x.returned_on as day, 1 as n, x.amount as a, 0 as b from %s x'
        when 'CS' then 'select coalesce(x.district_id, 0) as district, x.signed_on as day, 1 as n,'
                       ' case when x.kind = ''WAGE'' and x.wage_rise is not null then x.wage_rise * coalesce(x.workers_covered, 0) else 0 end as a,'
                       ' case when x.kind = ''WAGE'' and x.wage_rise is not null then coalesce(x.workers_covered, 0) else 0 end as b from %s x'
        when 'CF' then 'select coalesce(x.district_id, 0) as district, x.filed_on as day, 1 as n, 0 as a, 0 as b from %s x'
        end || ' where x.union_id is not null', rows)
$$;

create function flow_tally_sql(figure text, rows text, sign int) returns text language sql immutable as $$
    select format('insert into tally_bucket (district_id, part) select distinct e.district, %2$L from (%1$s) e where e.day is not null'
                  ' on conflict do nothing;', flow_tally_events(figure, rows), figure || ':')
        || tally_insert_monthly_sql('flow_tally', 'n,a,b', format(
            'select b.id as district_id, e.day, e.n, e.a, e.b from (%s) e join tally_bucket b on b.district_id = e.district and b.part = %L',
            flow_tally_events(figure, rows), figure || ':'), sign)
$$;

-- An update takes out the old rows and adds the new, for the rows whose events changed.
create function flow_tally_on_change() returns trigger language plpgsql as $$
declare
    moved text;
begin
    if TG_OP = 'INSERT' then
        execute flow_tally_sql(TG_ARGV[0], 'changed', 1);
    elsif TG_OP = 'DELETE' then
        execute flow_tally_sql(TG_ARGV[0], 'changed', -1);
    else
        moved := format('from old_rows o join new_rows n on n.id = o.id where (select row(e.*) from (%s) e) is distinct from (select row(e.*) from (%s) e)',
                        flow_tally_events(TG_ARGV[0], '(select o.*)'), flow_tally_events(TG_ARGV[0], '(select n.*)'));
        execute flow_tally_sql(TG_ARGV[0], '(select o.* ' || moved || ')', -1);
        execute flow_tally_sql(TG_ARGV[0], '(select n.* ' || moved || ')', 1);
    end if;
    return null;
end;
$$;

do $$
declare f record;
begin
    for f in select * from (values ('DI', 'disclosure'), ('FR', 'fund_return'), ('CS', 'collective_contract'), ('CF', 'collective_contract')) v (figure, tab)
    loop
        execute format('create trigger flow_tally_%s_on_insert after insert on %I referencing new table as changed'
                       ' for each statement execute function flow_tally_on_change(%L)', lower(f.figure), f.tab, f.figure);
        execute format('create trigger flow_tally_%s_on_delete after delete on %I referencing old table as changed'
                       ' for each statement execute function flow_tally_on_change(%L)', lower(f.figure), f.tab, f.figure);
        execute format('create trigger flow_tally_%s_on_update after update on %I referencing old table as old_rows new table as new_rows'
                       ' for each statement execute function flow_tally_on_change(%L)', lower(f.figure), f.tab, f.figure);
        execute flow_tally_sql(f.figure, f.tab, 1);
    end loop;
end $$;
select tally_compact('flow_tally');

-- FP: the first-event tallies' figures gain 四期 protections (V56_3's functions with one more figure).
create or replace function first_tally_events(figure text, rows text) returns text language sql immutable as $$
    select format(case figure
        when 'PP' then 'select r.id, coalesce(r.district_id, 0) as district, r.credit_code::text as key, r.funds_month as day from %s r'
                       ' where r.union_id is not null and r.payer_type = ''PREPARATORY'' and r.paid > 0 and r.credit_code is not null'
        when 'DE' then 'select d.id, coalesce(d.district_id, 0) as district, d.employer_id::text as key, d.published_on as day from %s d'
                       ' where d.union_id is not null and d.employer_id is not null'
        when 'SR' then 'select f.id, coalesce(f.district_id, 0) as district, f.employer_id::text as key, f.returned_on as day from %s f'
                       ' where f.union_id is not null and f.correction_of is null and f.employer_id is not null'
        when 'PC' then 'select p.id, coalesce(p.district_id, 0) as district, p.employer_id::text as key, p.checked_on as day from %s p'
                       ' where p.union_id is not null and p.employer_id is not null and p.checked_on is not null'
        when 'FP' then 'select p.id, coalesce(p.district_id, 0) as district, p.employer_id::text as key, make_date(p.protection_year, 1, 1) as day'
                       ' from %s p where p.union_id is not null and p.employer_id is not null and p.four_periods'
        end, rows)
$$;

create or replace function first_tally_rows_of(figure text, keys text) returns text language sql immutable as $$
    select case figure
        when 'PP' then format('(select * from remittance where credit_code in (%s))', keys)
        when 'DE' then format('(select * from disclosure where employer_id in (select k::bigint from (%s) x (k)))', keys)
        when 'SR' then format('(select * from fund_return where employer_id in (select k::bigint from (%s) x (k)))', keys)
        when 'PC' then format('(select * from womens_protection where employer_id in (select k::bigint from (%s) x (k)))', keys)
        when 'FP' then format('(select * from womens_protection where employer_id in (select k::bigint from (%s) x (k)))', keys)
        end
$$;

create trigger first_tally_fp_on_insert after insert on womens_protection referencing new table as changed
    for each statement execute function first_tally_on_change('FP');
create trigger first_tally_fp_on_delete after delete on womens_protection referencing old table as changed
    for each statement execute function first_tally_on_change('FP');
create trigger first_tally_fp_on_update after update on womens_protection referencing old table as old_rows new table as new_rows
    for each statement execute function first_tally_on_change('FP');
do $$ begin execute first_tally_added_sql('FP', 'womens_protection'); end $$;
select tally_compact('first_tally');

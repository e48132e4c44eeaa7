-- City and district figures of the union tree without reading 50,000 unions and 100,000 employers per
-- request, and member figures without summing a row per district and day since 1980. Measured on the
-- demo city: the covered-employer figures 190 ms, the member stocks 57 ms; a few ms each from here.
--
-- A tally holds deltas per district and day, appended by triggers per statement and folded by
-- tally_compact(); a stock on date D is the sum of the deltas up to D. Every delta is written twice:
-- at its day (grain 'D') and at the first day of its year (grain 'Y'), so a stock on D reads the
-- year rows before D's year and the day rows of D's year only; a flow over a period reads day rows.

-- The statement appending the events to a tally at both grains, times sign (+1 added, -1 removed);
-- events is a query with the columns district_id, day and each of the tally's columns (comma list).
-- Triggers execute the text themselves: their transition tables are not visible inside other functions.
create function tally_insert_sql(tally text, columns text, events text, sign int) returns text language sql immutable as $$
    select format('insert into %I (district_id, grain, day, %s)'
                  ' select e.district_id, g.grain, case g.grain when ''Y'' then cast(date_trunc(''year'', e.day) as date) else e.day end, %s'
                  '   from (%s) e cross join (values (''D''), (''Y'')) g (grain) where e.day is not null group by 1, 2, 3',
                  tally, columns, (select string_agg(format('sum(e.%I) * %s', c, sign), ', ') from unnest(string_to_array(columns, ',')) c),
                  events)
$$;

-- Folds a tally's deltas into one row per district, grain and day; rows appended meanwhile wait for the next run.
create function tally_compact(tally text) returns void language plpgsql as $$
declare
    columns text;
    sums text;
    nonzero text;
begin
    select string_agg(quote_ident(column_name), ', ' order by ordinal_position),
           string_agg(format('sum(%I)', column_name), ', ' order by ordinal_position),
           string_agg(format('sum(%I) <> 0', column_name), ' or ' order by ordinal_position)
      into columns, sums, nonzero
      from information_schema.columns
     where table_schema = current_schema() and table_name = tally and column_name not in ('district_id', 'grain', 'day');
    execute format('with gone as (delete from %I returning *)'
                   ' insert into %I (district_id, grain, day, %s) select district_id, grain, day, %s'
                   '   from gone group by district_id, grain, day having %s', tally, tally, columns, sums, nonzero);
end;
$$;

-- The member tally (V19_1) gains the year grain.
alter table member_tally add column grain char(1) not null default 'D';
alter table member_tally add constraint ck_member_tally_grain check (grain in ('D', 'Y'));
insert into member_tally (district_id, grain, day, joined, joined_women, joined_migrant, joined_new_form,
                          departed, departed_women, departed_migrant, departed_new_form)
select district_id, 'Y', cast(date_trunc('year', day) as date), sum(joined), sum(joined_women), sum(joined_migrant),
       sum(joined_new_form), sum(departed), sum(departed_women), sum(departed_migrant), sum(departed_new_form)
  from member_tally group by district_id, cast(date_trunc('year', day) as date);
drop index ix_member_tally_day;
drop index ix_member_tally_district_day;
create index ix_member_tally_grain_day on member_tally (grain, day);
create index ix_member_tally_district_grain_day on member_tally (district_id, grain, day);

create or replace function member_tally_events_sql(rows text, sign int) returns text language sql immutable as $$
    select tally_insert_sql('member_tally',
        'joined,joined_women,joined_migrant,joined_new_form,departed,departed_women,departed_migrant,departed_new_form', format($e$
        select coalesce(m.district_id, 0) as district_id, m.joined_on as day, 1 as joined, (m.sex = 'FEMALE')::int as joined_women,
               m.migrant_worker::int as joined_migrant, (m.new_form_kind is not null)::int as joined_new_form,
               0 as departed, 0 as departed_women, 0 as departed_migrant, 0 as departed_new_form
          from %1$s m
        union all
        select coalesce(m.district_id, 0), m.left_on, 0, 0, 0, 0, 1, (m.sex = 'FEMALE')::int, m.migrant_worker::int,
               (m.new_form_kind is not null)::int
          from %1$s m where m.left_on is not null$e$, rows), sign)
$$;

drop function member_tally_compact();

-- The union tree's tally, by the district of the union concerned (0 for the root):
--   unions          grassroots unions existing: +1 when founded (or entered, if no founding date), -1 when closed
--   founded         grassroots unions founded that day (a flow: new unions in a period)
--   covered         employers covered: +1 from a coverage's first day, -1 from its end (by the covering union's district)
--   employees       the covered employers' employee counts, the same way
--   should_have     employers that should have a union, registered and not closed (by the managing union's district)
--   should_have_covered   of those, covered on the day; by district when the covering and the managing union
--                   are in the same district, else under -1, which only the whole city adds up
-- Employee counts are the employer's current ones: changing one rewrites its coverages' deltas.
create table org_tally (
    district_id         bigint  not null,
    grain               char(1) not null default 'D',
    day                 date    not null,
    unions              bigint  not null,
    founded             bigint  not null,
    covered             bigint  not null,
    employees           bigint  not null,
    should_have         bigint  not null,
    should_have_covered bigint  not null,
    constraint ck_org_tally_grain check (grain in ('D', 'Y'))
);
create index ix_org_tally_grain_day on org_tally (grain, day);
create index ix_org_tally_district_grain_day on org_tally (district_id, grain, day);

create function org_tally_sql(events text, sign int) returns text language sql immutable as $$
    select tally_insert_sql('org_tally', 'unions,founded,covered,employees,should_have,should_have_covered', events, sign)
$$;

-- Grassroots unions of the relation units (a table or transition table with union_org's columns).
create function org_tally_union_events(units text) returns text language sql immutable as $$
    select format($e$
        select coalesce(u.district_id, 0) as district_id, coalesce(u.founded_on, cast(u.created_at as date)) as day,
               1 as unions, 0 as founded, 0 as covered, 0 as employees, 0 as should_have, 0 as should_have_covered
          from %1$s u where u.org_type = 'GRASSROOTS' and (u.closed_on is null or u.closed_on > coalesce(u.founded_on, cast(u.created_at as date)))
        union all
        select coalesce(u.district_id, 0), u.closed_on, -1, 0, 0, 0, 0, 0
          from %1$s u where u.org_type = 'GRASSROOTS' and u.closed_on > coalesce(u.founded_on, cast(u.created_at as date))
        union all
        select coalesce(u.district_id, 0), u.founded_on, 0, 1, 0, 0, 0, 0
          from %1$s u where u.org_type = 'GRASSROOTS' and u.founded_on is not null$e$, units)
$$;

-- Coverages of the relation coverages, with their employers read from the relation employers.
create function org_tally_coverage_events(coverages text, employers text) returns text language sql immutable as $$
    select format($e$
        select coalesce(u.district_id, 0) as district_id, c.from_date as day, 0 as unions, 0 as founded, 1 as covered,
               e.employee_count::bigint as employees, 0 as should_have, 0 as should_have_covered
          from %1$s c join %2$s e on e.id = c.employer_id join union_org u on u.id = c.union_id
        union all
        select coalesce(u.district_id, 0), c.to_date, 0, 0, -1, -e.employee_count::bigint, 0, 0
          from %1$s c join %2$s e on e.id = c.employer_id join union_org u on u.id = c.union_id where c.to_date is not null
        union all
        select b.district_id, b.starts, 0, 0, 0, 0, 0, 1 from (%3$s) b where b.starts < b.ends
        union all
        select b.district_id, b.ends, 0, 0, 0, 0, 0, -1 from (%3$s) b where b.starts < b.ends and b.ends < 'infinity'$e$,
        coverages, employers, format($b$
        select case when coalesce(m.district_id, 0) = coalesce(u.district_id, 0) then coalesce(u.district_id, 0) else -1 end as district_id,
               greatest(c.from_date, e.registered_on) as starts,
               least(coalesce(c.to_date, 'infinity'::date), coalesce(e.closed_on, 'infinity'::date)) as ends
          from %1$s c join %2$s e on e.id = c.employer_id join union_org u on u.id = c.union_id join union_org m on m.id = e.union_id
         where e.should_have_union$b$, coverages, employers))
$$;

-- Employers of the relation employers: whether they should have a union, and their coverages.
create function org_tally_employer_events(employers text) returns text language sql immutable as $$
    select format($e$
        select coalesce(m.district_id, 0) as district_id, e.registered_on as day, 0 as unions, 0 as founded, 0 as covered,
               0 as employees, 1 as should_have, 0 as should_have_covered
          from %1$s e join union_org m on m.id = e.union_id where e.should_have_union
        union all
        select coalesce(m.district_id, 0), e.closed_on, 0, 0, 0, 0, -1, 0
          from %1$s e join union_org m on m.id = e.union_id where e.should_have_union and e.closed_on is not null
        union all
        %2$s$e$, employers, org_tally_coverage_events('union_org_employer', employers))
$$;

-- Everything again from the rows, when unions move to another district (rare: a subtree moved).
-- The exclusive lock waits for writers that appended deltas and holds back new ones until commit.
create function org_tally_rebuild() returns void language plpgsql as $$
begin
    lock table org_tally in exclusive mode;
    delete from org_tally;
    execute org_tally_sql(org_tally_union_events('union_org'), 1);
    execute org_tally_sql(org_tally_employer_events('employer'), 1);
end;
$$;

-- The update triggers count the rows whose counted columns changed as removed (old values) and
-- added (new values); an update changing none of them (a new name, a phone number) appends nothing.
create function org_tally_update_sql(events text, counted text, sign int) returns text language sql immutable as $$
    select org_tally_sql(replace(events, '$rows', format('(select %s.* from changed_old o join changed_new n on n.id = o.id where %s)',
                                                         case when sign < 0 then 'o' else 'n' end, counted)), sign)
$$;

create function org_tally_on_union() returns trigger language plpgsql as $$
declare
    counted constant text := '(o.district_id, o.org_type, o.founded_on, cast(o.created_at as date), o.closed_on)'
        || ' is distinct from (n.district_id, n.org_type, n.founded_on, cast(n.created_at as date), n.closed_on)';
    changed boolean;
begin
    if TG_OP = 'INSERT' then
        execute org_tally_sql(org_tally_union_events('changed_new'), 1);
    elsif TG_OP = 'DELETE' then
        execute org_tally_sql(org_tally_union_events('changed_old'), -1);
    elsif exists (select 1 from changed_old o join changed_new n on n.id = o.id where o.district_id is distinct from n.district_id) then
        perform org_tally_rebuild();
    else
        execute 'select exists (select 1 from changed_old o join changed_new n on n.id = o.id where ' || counted || ')' into changed;
        if changed then
            execute org_tally_update_sql(org_tally_union_events('$rows'), counted, -1);
            execute org_tally_update_sql(org_tally_union_events('$rows'), counted, 1);
        end if;
    end if;
    return null;
end;
$$;

create function org_tally_on_employer() returns trigger language plpgsql as $$
declare
    counted constant text := '(o.union_id, o.employee_count, o.should_have_union, o.registered_on, o.closed_on)'
        || ' is distinct from (n.union_id, n.employee_count, n.should_have_union, n.registered_on, n.closed_on)';
    changed boolean;
begin
    if TG_OP = 'INSERT' then
        execute org_tally_sql(org_tally_employer_events('changed_new'), 1);
    elsif TG_OP = 'DELETE' then
        execute org_tally_sql(org_tally_employer_events('changed_old'), -1);
    else
        execute 'select exists (select 1 from changed_old o join changed_new n on n.id = o.id where ' || counted || ')' into changed;
        if changed then
            execute org_tally_update_sql(org_tally_employer_events('$rows'), counted, -1);
            execute org_tally_update_sql(org_tally_employer_events('$rows'), counted, 1);
        end if;
    end if;
    return null;
end;
$$;

create function org_tally_on_coverage() returns trigger language plpgsql as $$
declare
    counted constant text := '(o.union_id, o.employer_id, o.from_date, o.to_date) is distinct from (n.union_id, n.employer_id, n.from_date, n.to_date)';
    changed boolean;
begin
    if TG_OP = 'INSERT' then
        execute org_tally_sql(org_tally_coverage_events('changed_new', 'employer'), 1);
    elsif TG_OP = 'DELETE' then
        execute org_tally_sql(org_tally_coverage_events('changed_old', 'employer'), -1);
    else
        execute 'select exists (select 1 from changed_old o join changed_new n on n.id = o.id where ' || counted || ')' into changed;
        if changed then
            execute org_tally_update_sql(org_tally_coverage_events('$rows', 'employer'), counted, -1);
            execute org_tally_update_sql(org_tally_coverage_events('$rows', 'employer'), counted, 1);
        end if;
    end if;
    return null;
end;
$$;

create trigger org_tally_union_insert after insert on union_org
    referencing new table as changed_new for each statement execute function org_tally_on_union();
create trigger org_tally_union_update after update on union_org
    referencing old table as changed_old new table as changed_new for each statement execute function org_tally_on_union();
create trigger org_tally_union_delete after delete on union_org
    referencing old table as changed_old for each statement execute function org_tally_on_union();
create trigger org_tally_employer_insert after insert on employer
    referencing new table as changed_new for each statement execute function org_tally_on_employer();
create trigger org_tally_employer_update after update on employer
    referencing old table as changed_old new table as changed_new for each statement execute function org_tally_on_employer();
create trigger org_tally_employer_delete after delete on employer
    referencing old table as changed_old for each statement execute function org_tally_on_employer();
create trigger org_tally_coverage_insert after insert on union_org_employer
    referencing new table as changed_new for each statement execute function org_tally_on_coverage();
create trigger org_tally_coverage_update after update on union_org_employer
    referencing old table as changed_old new table as changed_new for each statement execute function org_tally_on_coverage();
create trigger org_tally_coverage_delete after delete on union_org_employer
    referencing old table as changed_old for each statement execute function org_tally_on_coverage();

-- Covered employers are counted as coverages: one employer's coverage periods must not overlap (the
-- application already refuses a second current coverage and a start before the last end).
create function coverage_overlap_check() returns trigger language plpgsql as $$
begin
    if exists (select 1 from written n join union_org_employer o on o.employer_id = n.employer_id and o.id <> n.id
                where n.from_date < coalesce(n.to_date, 'infinity'::date) and o.from_date < coalesce(o.to_date, 'infinity'::date)
                  and o.from_date < coalesce(n.to_date, 'infinity'::date) and n.from_date < coalesce(o.to_date, 'infinity'::date)) then
        raise exception 'coverage periods of one employer overlap' using errcode = '23514', constraint = 'ck_coverage_no_overlap';
    end if;
    return null;
end;
$$;
create trigger coverage_overlap_on_insert after insert on union_org_employer
    referencing new table as written for each statement execute function coverage_overlap_check();
create trigger coverage_overlap_on_update after update on union_org_employer
    referencing new table as written for each statement execute function coverage_overlap_check();

select org_tally_rebuild();
select tally_compact('org_tally');
select tally_compact('member_tally');

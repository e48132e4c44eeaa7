-- Covered employers and their employees by 经济类型 and by 行业门类, for the whole city or a district,
-- without grouping 100,000 employers per request (p95 270 ms at city size, measured). Like the member
-- kinds (V28_3) the rows are keyed by a bucket (V28_2): a district and a part, 'O:<ownership>' or
-- 'I:<industry>' ('O:' / 'I:' alone where none is given); each coverage counts once in each.

create table employer_part_tally (
    district_id bigint  not null,
    grain       char(1) not null default 'D',
    day         date    not null,
    covered     bigint  not null,
    employees   bigint  not null,
    constraint ck_employer_part_tally_grain check (grain in ('D', 'Y'))
);
create index ix_employer_part_tally_grain_day on employer_part_tally (grain, day);

-- The two parts of an employer e.
create function employer_parts_sql() returns text language sql immutable as $$
    select $p$cross join lateral (values ('O:' || coalesce(e.ownership_type, '')), ('I:' || coalesce(e.industry, ''))) p (part)$p$
$$;

-- The buckets of the coverages of the relation coverages (employers from the relation employers) that do not exist yet.
create function employer_part_buckets_sql(coverages text, employers text) returns text language sql immutable as $$
    select format($b$
        insert into tally_bucket (district_id, part)
        select distinct coalesce(u.district_id, 0), p.part
          from %1$s c join %2$s e on e.id = c.employer_id join union_org u on u.id = c.union_id %3$s
        on conflict do nothing$b$, coverages, employers, employer_parts_sql())
$$;

-- Covered (when with_covered) and employees of the coverages, in the buckets of their parts, times sign;
-- employees by the headcount segments of the relation headcounts (V28_1).
create function employer_part_events_sql(coverages text, employers text, headcounts text, with_covered boolean, sign int)
    returns text language sql immutable as $$
    select tally_insert_sql('employer_part_tally', 'covered,employees', format($e$
        select b.id as district_id, x.starts as day, 0 as covered, x.employees::bigint as employees
          from (select c.union_id, c.employer_id, s.employees, greatest(c.from_date, s.starts) as starts,
                       least(coalesce(c.to_date, 'infinity'::date), s.ends) as ends
                  from %1$s c join (%3$s) s on s.employer_id = c.employer_id) x
          join %2$s e on e.id = x.employer_id join union_org u on u.id = x.union_id %4$s
          join tally_bucket b on b.district_id = coalesce(u.district_id, 0) and b.part = p.part
         where x.starts < x.ends
        union all
        select b.id, x.ends, 0, -x.employees::bigint
          from (select c.union_id, c.employer_id, s.employees, greatest(c.from_date, s.starts) as starts,
                       least(coalesce(c.to_date, 'infinity'::date), s.ends) as ends
                  from %1$s c join (%3$s) s on s.employer_id = c.employer_id) x
          join %2$s e on e.id = x.employer_id join union_org u on u.id = x.union_id %4$s
          join tally_bucket b on b.district_id = coalesce(u.district_id, 0) and b.part = p.part
         where x.starts < x.ends and x.ends < 'infinity'::date
        %5$s$e$,
        coverages, employers, org_headcount_segments(headcounts), employer_parts_sql(),
        case when with_covered then format($c$
        union all
        select b.id, c.from_date, 1, 0::bigint
          from %1$s c join %2$s e on e.id = c.employer_id join union_org u on u.id = c.union_id %3$s
          join tally_bucket b on b.district_id = coalesce(u.district_id, 0) and b.part = p.part
        union all
        select b.id, c.to_date, -1, 0::bigint
          from %1$s c join %2$s e on e.id = c.employer_id join union_org u on u.id = c.union_id %3$s
          join tally_bucket b on b.district_id = coalesce(u.district_id, 0) and b.part = p.part
         where c.to_date is not null$c$, coverages, employers, employer_parts_sql()) else '' end), sign)
$$;

create function employer_part_tally_on_coverage() returns trigger language plpgsql as $$
declare
    heads constant text := '(select h.* from employer_headcount h where h.employer_id in (select employer_id from %s))';
begin
    if TG_OP in ('UPDATE', 'DELETE') then
        execute employer_part_events_sql('changed_old', 'employer', format(heads, 'changed_old'), true, -1);
    end if;
    if TG_OP in ('UPDATE', 'INSERT') then
        execute employer_part_buckets_sql('changed_new', 'employer');
        execute employer_part_events_sql('changed_new', 'employer', format(heads, 'changed_new'), true, 1);
    end if;
    return null;
end;
$$;

create trigger employer_part_tally_coverage_insert after insert on union_org_employer
    referencing new table as changed_new for each statement execute function employer_part_tally_on_coverage();
create trigger employer_part_tally_coverage_update after update on union_org_employer
    referencing old table as changed_old new table as changed_new for each statement execute function employer_part_tally_on_coverage();
create trigger employer_part_tally_coverage_delete after delete on union_org_employer
    referencing old table as changed_old for each statement execute function employer_part_tally_on_coverage();

-- An employer whose type or industry changes moves its coverages from the old parts to the new.
create function employer_part_tally_on_employer() returns trigger language plpgsql as $$
declare
    changed constant text := ' o join changed_new n on n.id = o.id'
        || ' where (o.ownership_type, o.industry) is distinct from (n.ownership_type, n.industry))';
    coverages constant text := '(select c.* from union_org_employer c where c.employer_id in (select o.id from changed_old' || changed || ')';
    heads constant text := '(select h.* from employer_headcount h where h.employer_id in (select o.id from changed_old' || changed || ')';
begin
    if exists (select 1 from changed_old o join changed_new n on n.id = o.id
                where (o.ownership_type, o.industry) is distinct from (n.ownership_type, n.industry)) then
        execute employer_part_events_sql(coverages, 'changed_old', heads, true, -1);
        execute employer_part_buckets_sql(coverages, 'changed_new');
        execute employer_part_events_sql(coverages, 'changed_new', heads, true, 1);
    end if;
    return null;
end;
$$;

create trigger employer_part_tally_employer_update after update on employer
    referencing old table as changed_old new table as changed_new for each statement execute function employer_part_tally_on_employer();

-- A change of headcounts re-bases the employees of the employers concerned (as the org tally does, V28_1).
create function employer_part_tally_on_headcount() returns trigger language plpgsql as $$
declare
    concerned text;
    before text;
    coverages text;
begin
    if TG_OP = 'INSERT' then
        concerned := '(select employer_id from changed_new)';
        before := '(select h.* from employer_headcount h where h.employer_id in ' || concerned
            || ' and h.id not in (select id from changed_new))';
    elsif TG_OP = 'DELETE' then
        concerned := '(select employer_id from changed_old)';
        before := '(select h.* from employer_headcount h where h.employer_id in ' || concerned
            || ' union all select * from changed_old)';
    else
        concerned := '(select employer_id from changed_new union select employer_id from changed_old)';
        before := '(select h.* from employer_headcount h where h.employer_id in ' || concerned
            || ' and h.id not in (select id from changed_new) union all select * from changed_old)';
    end if;
    coverages := '(select c.* from union_org_employer c where c.employer_id in ' || concerned || ')';
    execute employer_part_events_sql(coverages, 'employer', before, false, -1);
    execute employer_part_events_sql(coverages, 'employer',
        '(select h.* from employer_headcount h where h.employer_id in ' || concerned || ')', false, 1);
    return null;
end;
$$;

create trigger employer_part_tally_headcount_insert after insert on employer_headcount
    referencing new table as changed_new for each statement execute function employer_part_tally_on_headcount();
create trigger employer_part_tally_headcount_update after update on employer_headcount
    referencing old table as changed_old new table as changed_new for each statement execute function employer_part_tally_on_headcount();
create trigger employer_part_tally_headcount_delete after delete on employer_headcount
    referencing old table as changed_old for each statement execute function employer_part_tally_on_headcount();

-- Everything again from the rows, when unions move to another district (the org tally does the same).
create function employer_part_tally_rebuild() returns void language plpgsql as $$
begin
    lock table employer_part_tally in exclusive mode;
    delete from employer_part_tally;
    execute employer_part_buckets_sql('union_org_employer', 'employer');
    execute employer_part_events_sql('union_org_employer', 'employer', 'employer_headcount', true, 1);
end;
$$;

create function employer_part_tally_on_union() returns trigger language plpgsql as $$
begin
    if exists (select 1 from changed_old o join changed_new n on n.id = o.id where o.district_id is distinct from n.district_id) then
        perform employer_part_tally_rebuild();
    end if;
    return null;
end;
$$;

create trigger employer_part_tally_union_update after update on union_org
    referencing old table as changed_old new table as changed_new for each statement execute function employer_part_tally_on_union();

select employer_part_tally_rebuild();
select tally_compact('employer_part_tally');

-- The org tally's employees follow the employers' headcount history (V28) instead of the current
-- count: a covered employer adds, for each stretch of its coverage, the count that held in that
-- stretch. A headcount row starts a segment that lasts until the employer's next row; the first
-- segment reaches back without limit.

-- Headcount segments of the relation headcounts (employer_headcount's columns): employer, count, [starts, ends).
create function org_headcount_segments(headcounts text) returns text language sql immutable as $$
    select format($s$
        select h.employer_id, h.employees,
               case when lag(h.counted_on) over w is null then '-infinity'::date else h.counted_on end as starts,
               coalesce(lead(h.counted_on) over w, 'infinity'::date) as ends
          from %1$s h window w as (partition by h.employer_id order by h.counted_on)$s$, headcounts)
$$;

-- Employees of the relation coverages with the segments of the relation headcounts: + at the start of
-- each overlap of a coverage and a segment, - at its end.
create function org_tally_employee_events(coverages text, headcounts text) returns text language sql immutable as $$
    select format($e$
        select coalesce(u.district_id, 0) as district_id, x.starts as day, 0 as unions, 0 as founded, 0 as covered,
               x.employees::bigint as employees, 0 as should_have, 0 as should_have_covered
          from (select c.union_id, s.employees, greatest(c.from_date, s.starts) as starts,
                       least(coalesce(c.to_date, 'infinity'::date), s.ends) as ends
                  from %1$s c join (%2$s) s on s.employer_id = c.employer_id) x
          join union_org u on u.id = x.union_id where x.starts < x.ends
        union all
        select coalesce(u.district_id, 0), x.ends, 0, 0, 0, -x.employees::bigint, 0, 0
          from (select c.union_id, s.employees, greatest(c.from_date, s.starts) as starts,
                       least(coalesce(c.to_date, 'infinity'::date), s.ends) as ends
                  from %1$s c join (%2$s) s on s.employer_id = c.employer_id) x
          join union_org u on u.id = x.union_id where x.starts < x.ends and x.ends < 'infinity'::date$e$,
        coverages, org_headcount_segments(headcounts))
$$;

-- Coverages of the relation coverages, with their employers read from the relation employers; their
-- employees from the headcounts of those employers.
create or replace function org_tally_coverage_events(coverages text, employers text) returns text language sql immutable as $$
    select format($e$
        select coalesce(u.district_id, 0) as district_id, c.from_date as day, 0 as unions, 0 as founded, 1 as covered,
               0::bigint as employees, 0 as should_have, 0 as should_have_covered
          from %1$s c join %2$s e on e.id = c.employer_id join union_org u on u.id = c.union_id
        union all
        select coalesce(u.district_id, 0), c.to_date, 0, 0, -1, 0::bigint, 0, 0
          from %1$s c join %2$s e on e.id = c.employer_id join union_org u on u.id = c.union_id where c.to_date is not null
        union all
        select b.district_id, b.starts, 0, 0, 0, 0, 0, 1 from (%3$s) b where b.starts < b.ends
        union all
        select b.district_id, b.ends, 0, 0, 0, 0, 0, -1 from (%3$s) b where b.starts < b.ends and b.ends < 'infinity'
        union all
        %4$s$e$,
        coverages, employers, format($b$
        select case when coalesce(m.district_id, 0) = coalesce(u.district_id, 0) then coalesce(u.district_id, 0) else -1 end as district_id,
               greatest(c.from_date, e.registered_on) as starts,
               least(coalesce(c.to_date, 'infinity'::date), coalesce(e.closed_on, 'infinity'::date)) as ends
          from %1$s c join %2$s e on e.id = c.employer_id join union_org u on u.id = c.union_id join union_org m on m.id = e.union_id
         where e.should_have_union$b$, coverages, employers),
        org_tally_employee_events(format('(select c.* from %1$s c join %2$s e on e.id = c.employer_id)', coverages, employers),
            format('(select h.* from employer_headcount h where h.employer_id in (select c.employer_id from %1$s c join %2$s e on e.id = c.employer_id))',
                   coverages, employers)))
$$;

-- A change of headcounts re-bases the employees of every coverage of the employers concerned: their
-- events with the segments before the statement are taken back, those with the segments after it added.
create function org_tally_on_headcount() returns trigger language plpgsql as $$
declare
    concerned text;
    before text;
    coverages text;
    now_rows text;
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
    now_rows := '(select h.* from employer_headcount h where h.employer_id in ' || concerned || ')';
    execute org_tally_sql(org_tally_employee_events(coverages, before), -1);
    execute org_tally_sql(org_tally_employee_events(coverages, now_rows), 1);
    return null;
end;
$$;

create trigger org_tally_headcount_insert after insert on employer_headcount
    referencing new table as changed_new for each statement execute function org_tally_on_headcount();
create trigger org_tally_headcount_update after update on employer_headcount
    referencing old table as changed_old new table as changed_new for each statement execute function org_tally_on_headcount();
create trigger org_tally_headcount_delete after delete on employer_headcount
    referencing old table as changed_old for each statement execute function org_tally_on_headcount();


select org_tally_rebuild();
select tally_compact('org_tally');

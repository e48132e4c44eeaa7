-- The covered employers' tally (V28_4) found each event's bucket by a join the planner ordered as it liked: it joined
-- the buckets on the district first (42 parts of each district in the benchmark guard's city) and only then kept the
-- event's own two parts, so every event was 42 rows for a while: 85 ms of a statement of 1,000 coverages in the guard's
-- coverage import. Each event's two buckets are now probed by their key (district and part), one lookup each.

create or replace function employer_part_events_sql(coverages text, employers text, headcounts text, with_covered boolean, sign int)
    returns text language sql immutable as $$
    select tally_insert_sql('employer_part_tally', 'covered,employees', format($e$
        select b.id as district_id, x.starts as day, 0 as covered, x.employees::bigint as employees
          from (select c.union_id, c.employer_id, s.employees, greatest(c.from_date, s.starts) as starts,
                       least(coalesce(c.to_date, 'infinity'::date), s.ends) as ends
                  from %1$s c join (%3$s) s on s.employer_id = c.employer_id) x
          join %2$s e on e.id = x.employer_id join union_org u on u.id = x.union_id %4$s
          cross join lateral (select b.id from tally_bucket b where b.district_id = coalesce(u.district_id, 0) and b.part = p.part offset 0) b
         where x.starts < x.ends
        union all
        select b.id, x.ends, 0, -x.employees::bigint
          from (select c.union_id, c.employer_id, s.employees, greatest(c.from_date, s.starts) as starts,
                       least(coalesce(c.to_date, 'infinity'::date), s.ends) as ends
                  from %1$s c join (%3$s) s on s.employer_id = c.employer_id) x
          join %2$s e on e.id = x.employer_id join union_org u on u.id = x.union_id %4$s
          cross join lateral (select b.id from tally_bucket b where b.district_id = coalesce(u.district_id, 0) and b.part = p.part offset 0) b
         where x.starts < x.ends and x.ends < 'infinity'::date
        %5$s$e$,
        coverages, employers, org_headcount_segments(headcounts), employer_parts_sql(),
        case when with_covered then format($c$
        union all
        select b.id, c.from_date, 1, 0::bigint
          from %1$s c join %2$s e on e.id = c.employer_id join union_org u on u.id = c.union_id %3$s
          cross join lateral (select b.id from tally_bucket b where b.district_id = coalesce(u.district_id, 0) and b.part = p.part offset 0) b
        union all
        select b.id, c.to_date, -1, 0::bigint
          from %1$s c join %2$s e on e.id = c.employer_id join union_org u on u.id = c.union_id %3$s
          cross join lateral (select b.id from tally_bucket b where b.district_id = coalesce(u.district_id, 0) and b.part = p.part offset 0) b
         where c.to_date is not null$c$, coverages, employers, employer_parts_sql()) else '' end), sign)
$$;

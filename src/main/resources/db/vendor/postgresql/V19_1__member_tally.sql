-- City and district member figures without counting millions of rows per request. Every change to
-- member adds, per statement, the change in members who joined and who left on each day, per
-- district (member.district_id, kept when subtrees move; 0 where a member has none); a membership
-- counts on date D when it began by D and had not ended by D, so
--   members on D = sum(joined, day <= D) - sum(departed, day <= D)     (left_on >= joined_on always)
-- and new members in a period = sum(joined, day in the period). The rows are deltas, appended and
-- never updated in place, so writers never wait for each other here; member_tally_compact() folds
-- them into one row per district and day (the application runs it every few minutes).
create table member_tally (
    district_id       bigint not null,
    day               date   not null,
    joined            bigint not null,
    joined_women      bigint not null,
    joined_migrant    bigint not null,
    joined_new_form   bigint not null,
    departed          bigint not null,
    departed_women    bigint not null,
    departed_migrant  bigint not null,
    departed_new_form bigint not null
);
create index ix_member_tally_day on member_tally (day);
create index ix_member_tally_district_day on member_tally (district_id, day);

-- The deltas of one statement: its members' joining and, if they left, their leaving, by day, times
-- sign (+1 rows added, -1 rows removed); rows is the transition table, or a query over them.
create function member_tally_events_sql(rows text, sign int) returns text language sql immutable as $$
    select format($f$
        insert into member_tally
        select e.district_id, e.day, sum(e.j) * %2$s, sum(e.jw) * %2$s, sum(e.jm) * %2$s, sum(e.jn) * %2$s,
               sum(e.d) * %2$s, sum(e.dw) * %2$s, sum(e.dm) * %2$s, sum(e.dn) * %2$s
          from (select coalesce(m.district_id, 0) as district_id, m.joined_on as day, 1 as j, (m.sex = 'FEMALE')::int as jw, m.migrant_worker::int as jm,
                       (m.new_form_kind is not null)::int as jn, 0 as d, 0 as dw, 0 as dm, 0 as dn
                  from %1$s m
                union all
                select coalesce(m.district_id, 0), m.left_on, 0, 0, 0, 0, 1, (m.sex = 'FEMALE')::int, m.migrant_worker::int,
                       (m.new_form_kind is not null)::int
                  from %1$s m where m.left_on is not null) e
         group by e.district_id, e.day$f$, rows, sign)
$$;

-- Inserted (sign +1) or deleted (sign -1) members; both triggers name their transition table "changed".
create function member_tally_apply() returns trigger language plpgsql as $$
begin
    execute member_tally_events_sql('changed', TG_ARGV[0]::int);
    return null;
end;
$$;

-- An update counts as the old rows removed and the new rows added, for the rows whose counted
-- columns changed (a new phone number changes no figure; a move to another district does).
create function member_tally_update() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id'
        || ' where (o.district_id, o.joined_on, o.left_on, o.sex, o.migrant_worker, o.new_form_kind is null)'
        || ' is distinct from (n.district_id, n.joined_on, n.left_on, n.sex, n.migrant_worker, n.new_form_kind is null)';
begin
    execute member_tally_events_sql('(select o.* ' || moved || ')', -1);
    execute member_tally_events_sql('(select n.* ' || moved || ')', 1);
    return null;
end;
$$;

create trigger member_tally_on_insert after insert on member
    referencing new table as changed for each statement execute function member_tally_apply('1');
create trigger member_tally_on_delete after delete on member
    referencing old table as changed for each statement execute function member_tally_apply('-1');
create trigger member_tally_on_update after update on member
    referencing old table as old_rows new table as new_rows for each statement execute function member_tally_update();

-- Folds the deltas into one row per district and day; rows appended meanwhile are left for the next run.
create function member_tally_compact() returns void language sql as $$
    with gone as (delete from member_tally returning *)
    insert into member_tally
    select district_id, day, sum(joined), sum(joined_women), sum(joined_migrant), sum(joined_new_form),
           sum(departed), sum(departed_women), sum(departed_migrant), sum(departed_new_form)
      from gone group by district_id, day
    having sum(joined) <> 0 or sum(departed) <> 0 or sum(joined_women) <> 0 or sum(departed_women) <> 0
        or sum(joined_migrant) <> 0 or sum(departed_migrant) <> 0 or sum(joined_new_form) <> 0
        or sum(departed_new_form) <> 0
$$;

-- The members already there.
do $$ begin execute member_tally_events_sql('member', 1); end $$;
select member_tally_compact();

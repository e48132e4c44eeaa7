-- 会员代表 serving on a date (democracy.representatives, by sex, and democracy.frontlineRepresentatives) joined every
-- representative to its congress per request: two statements of 40–50 ms each in the large city's dashboard (162,523
-- representatives), the largest of its whole-city figures. representative_tally keeps them as a stock per district and
-- sex (part, V58_2's way): +1 on the day elected, -1 on the day the mandate ended; frontline counts the frontline ones.
-- The district is the congress's union's; a union moving to another district moves its representatives' events.

create table representative_tally (
    district_id bigint      not null,
    part        varchar(30) not null default '',
    grain       char(1)     not null default 'D',
    day         date        not null,
    serving     bigint      not null,
    frontline   bigint      not null,
    constraint ck_representative_tally_grain check (grain in ('D', 'Y'))
);
create index ix_representative_tally_district_grain_day on representative_tally (district_id, grain, day)
    include (part, serving, frontline);

-- The representatives of rows (of congresses, of unions) elected and leaving, times sign.
create function representative_tally_sql(rows text, congresses text, unions text, sign int) returns text language sql immutable as $$
    select tally_insert_sql('representative_tally', 'district_id,part', 'serving,frontline', format($e$
        select coalesce(u.district_id, 0) as district_id, r.sex as part, x.day, x.serving,
               case when r.frontline then x.serving else 0 end as frontline
          from %1$s r join %2$s c on c.id = r.congress_id join %3$s u on u.id = c.union_id
         cross join lateral (values (r.elected_on, 1), (r.ended_on, -1)) x (day, serving)$e$, rows, congresses, unions), sign)
$$;

create function representative_tally_apply() returns trigger language plpgsql as $$
begin
    execute representative_tally_sql('changed', 'members_congress', 'union_org', TG_ARGV[0]::int);
    return null;
end;
$$;

create function representative_tally_update() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id where'
        || ' (o.congress_id, o.sex, o.frontline, o.elected_on, o.ended_on)'
        || ' is distinct from (n.congress_id, n.sex, n.frontline, n.elected_on, n.ended_on)';
begin
    execute representative_tally_sql('(select o.* ' || moved || ')', 'members_congress', 'union_org', -1);
    execute representative_tally_sql('(select n.* ' || moved || ')', 'members_congress', 'union_org', 1);
    return null;
end;
$$;

-- A congress given to another union (the application never does this) takes its representatives along.
create function representative_tally_on_congress() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id where o.union_id is distinct from n.union_id)';
begin
    execute representative_tally_sql('congress_representative', '(select o.* ' || moved, 'union_org', -1);
    execute representative_tally_sql('congress_representative', '(select n.* ' || moved, 'union_org', 1);
    return null;
end;
$$;

create trigger representative_tally_on_insert after insert on congress_representative
    referencing new table as changed for each statement execute function representative_tally_apply('1');
create trigger representative_tally_on_delete after delete on congress_representative
    referencing old table as changed for each statement execute function representative_tally_apply('-1');
create trigger representative_tally_on_update after update on congress_representative
    referencing old table as old_rows new table as new_rows for each statement execute function representative_tally_update();
create trigger representative_tally_congress_update after update on members_congress
    referencing old table as old_rows new table as new_rows for each statement execute function representative_tally_on_congress();

-- The unions whose district changed: their contracts', congresses' and representatives' events move from the old
-- district to the new (V50_4, and now the representatives).
create or replace function democracy_tally_on_union() returns trigger language plpgsql as $$
declare
    moved constant text := 'from changed_old o join changed_new n on n.id = o.id where o.district_id is distinct from n.district_id)';
begin
    if exists (select 1 from changed_old o join changed_new n on n.id = o.id where o.district_id is distinct from n.district_id) then
        execute contract_tally_sql('collective_contract', '(select o.* ' || moved, -1);
        execute contract_tally_sql('collective_contract', '(select n.* ' || moved, 1);
        execute proposal_tally_sql('congress_proposal', 'congress_session', '(select o.* ' || moved, -1);
        execute proposal_tally_sql('congress_proposal', 'congress_session', '(select n.* ' || moved, 1);
        execute representative_tally_sql('congress_representative', 'members_congress', '(select o.* ' || moved, -1);
        execute representative_tally_sql('congress_representative', 'members_congress', '(select n.* ' || moved, 1);
    end if;
    return null;
end;
$$;

do $$
begin
    execute representative_tally_sql('congress_representative', 'members_congress', 'union_org', 1);
end $$;
select tally_compact('representative_tally');

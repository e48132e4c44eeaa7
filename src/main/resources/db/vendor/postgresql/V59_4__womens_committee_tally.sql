-- 建立女职工委员会的工会 and their 委员 on a date were counted from womens_committee joined to the union tree per request:
-- 10.4 + 9.5 ms of one district's dashboard in the large city, the largest of its statements once the census returns
-- were indexed (V59_3). womens_committee_tally keeps them as a stock per district and how the committee was formed
-- (part, V58_2's way): +1 committee and its member count on the day formed, -1 on the day dissolved.
-- The district is the union's; a union moving to another district moves its committee's events.

create table womens_committee_tally (
    district_id bigint      not null,
    part        varchar(30) not null default '',
    grain       char(1)     not null default 'D',
    day         date        not null,
    committees  bigint      not null,
    members     bigint      not null,
    constraint ck_womens_committee_tally_grain check (grain in ('D', 'Y'))
);
create index ix_womens_committee_tally_district_grain_day on womens_committee_tally (district_id, grain, day)
    include (part, committees, members);

-- The committees of rows (of unions) formed and dissolved, times sign.
create function womens_committee_tally_sql(rows text, unions text, sign int) returns text language sql immutable as $$
    select tally_insert_sql('womens_committee_tally', 'district_id,part', 'committees,members', format($e$
        select coalesce(u.district_id, 0) as district_id, c.formed_by as part, x.day, x.committees,
               x.committees * c.member_count as members
          from %1$s c join %2$s u on u.id = c.union_id
         cross join lateral (values (c.formed_on, 1), (c.dissolved_on, -1)) x (day, committees)$e$, rows, unions), sign)
$$;

create function womens_committee_tally_apply() returns trigger language plpgsql as $$
begin
    execute womens_committee_tally_sql('changed', 'union_org', TG_ARGV[0]::int);
    return null;
end;
$$;

create function womens_committee_tally_update() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id where'
        || ' (o.union_id, o.formed_by, o.member_count, o.formed_on, o.dissolved_on)'
        || ' is distinct from (n.union_id, n.formed_by, n.member_count, n.formed_on, n.dissolved_on))';
begin
    execute womens_committee_tally_sql('(select o.* ' || moved, 'union_org', -1);
    execute womens_committee_tally_sql('(select n.* ' || moved, 'union_org', 1);
    return null;
end;
$$;

create trigger womens_committee_tally_on_insert after insert on womens_committee
    referencing new table as changed for each statement execute function womens_committee_tally_apply('1');
create trigger womens_committee_tally_on_delete after delete on womens_committee
    referencing old table as changed for each statement execute function womens_committee_tally_apply('-1');
create trigger womens_committee_tally_on_update after update on womens_committee
    referencing old table as old_rows new table as new_rows for each statement execute function womens_committee_tally_update();

-- The unions whose district changed: their contracts', congresses', representatives' and now women's committees' events
-- move from the old district to the new (V50_4, V59_1).
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
        execute womens_committee_tally_sql('womens_committee', '(select o.* ' || moved, -1);
        execute womens_committee_tally_sql('womens_committee', '(select n.* ' || moved, 1);
    end if;
    return null;
end;
$$;

do $$
begin
    execute womens_committee_tally_sql('womens_committee', 'union_org', 1);
end $$;
select tally_compact('womens_committee_tally');

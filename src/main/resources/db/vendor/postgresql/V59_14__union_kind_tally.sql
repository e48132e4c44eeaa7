-- 基层工会数 by 基层工会类型 counted the city's grassroots unions from union_org per request (36 ms of the large city's
-- grassroots-kind breakdown, its largest statement but the member kinds'). union_kind_tally keeps them as a stock per
-- district and kind (part, V58_2's way; '' for none): +1 on the day a union is founded (or entered, without a founding
-- date), -1 on the day it closes, as org_tally's unions (V19_3). A union whose district, kind or dates change moves its
-- events from the old values to the new.

create table union_kind_tally (
    district_id bigint      not null,
    part        varchar(30) not null default '',
    grain       char(1)     not null default 'D',
    day         date        not null,
    unions      bigint      not null,
    constraint ck_union_kind_tally_grain check (grain in ('D', 'Y'))
);
create index ix_union_kind_tally_district_grain_day on union_kind_tally (district_id, grain, day) include (part, unions);

-- The grassroots unions of rows (union_org's columns) founded and closed, times sign.
create function union_kind_tally_sql(rows text, sign int) returns text language sql immutable as $$
    select tally_insert_sql('union_kind_tally', 'district_id,part', 'unions', format($e$
        select coalesce(u.district_id, 0) as district_id, coalesce(u.grassroots_kind, '') as part, x.day, x.unions
          from %1$s u
         cross join lateral (values (coalesce(u.founded_on, cast(u.created_at as date)), 1), (u.closed_on, -1)) x (day, unions)
         where u.org_type = 'GRASSROOTS'
           and (u.closed_on is null or u.closed_on > coalesce(u.founded_on, cast(u.created_at as date)))$e$, rows), sign)
$$;

create function union_kind_tally_apply() returns trigger language plpgsql as $$
begin
    execute union_kind_tally_sql('changed', TG_ARGV[0]::int);
    return null;
end;
$$;

create function union_kind_tally_update() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id where'
        || ' (o.district_id, o.org_type, o.grassroots_kind, o.founded_on, cast(o.created_at as date), o.closed_on)'
        || ' is distinct from (n.district_id, n.org_type, n.grassroots_kind, n.founded_on, cast(n.created_at as date), n.closed_on))';
begin
    execute union_kind_tally_sql('(select o.* ' || moved, -1);
    execute union_kind_tally_sql('(select n.* ' || moved, 1);
    return null;
end;
$$;

create trigger union_kind_tally_on_insert after insert on union_org
    referencing new table as changed for each statement execute function union_kind_tally_apply('1');
create trigger union_kind_tally_on_delete after delete on union_org
    referencing old table as changed for each statement execute function union_kind_tally_apply('-1');
create trigger union_kind_tally_on_update after update on union_org
    referencing old table as old_rows new table as new_rows for each statement execute function union_kind_tally_update();

do $$
begin
    execute union_kind_tally_sql('union_org', 1);
end $$;
select tally_compact('union_kind_tally');

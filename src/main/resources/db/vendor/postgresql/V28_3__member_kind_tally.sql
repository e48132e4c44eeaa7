-- Members by the kind of their grassroots union (企业、机关事业单位、社会组织、联合基层工会) for the whole city
-- or a district, without counting a million members per request (1.4 s at city size, measured). Its
-- rows are keyed by a bucket (V28_2), one per district and kind (members of a federation, which has no
-- kind, under '').

create table member_kind_tally (
    district_id bigint  not null,
    grain       char(1) not null default 'D',
    day         date    not null,
    joined      bigint  not null,
    departed    bigint  not null,
    constraint ck_member_kind_tally_grain check (grain in ('D', 'Y'))
);
create index ix_member_kind_tally_grain_day on member_kind_tally (grain, day);

-- The buckets of the members of the relation rows that do not exist yet.
create function member_kind_buckets_sql(rows text) returns text language sql immutable as $$
    select format($b$
        insert into tally_bucket (district_id, part)
        select distinct coalesce(m.district_id, 0), coalesce(u.grassroots_kind, '')
          from %1$s m join union_org u on u.id = m.union_id
        on conflict do nothing$b$, rows)
$$;

-- The members of the relation rows joining and leaving, in their bucket, times sign.
create function member_kind_events_sql(rows text, sign int) returns text language sql immutable as $$
    select tally_insert_sql('member_kind_tally', 'joined,departed', format($e$
        select b.id as district_id, m.joined_on as day, 1 as joined, 0 as departed
          from %1$s m join union_org u on u.id = m.union_id
          join tally_bucket b on b.district_id = coalesce(m.district_id, 0) and b.part = coalesce(u.grassroots_kind, '')
        union all
        select b.id, m.left_on, 0, 1
          from %1$s m join union_org u on u.id = m.union_id
          join tally_bucket b on b.district_id = coalesce(m.district_id, 0) and b.part = coalesce(u.grassroots_kind, '')
         where m.left_on is not null$e$, rows), sign)
$$;

create function member_kind_tally_apply() returns trigger language plpgsql as $$
begin
    if TG_ARGV[0]::int > 0 then
        execute member_kind_buckets_sql('changed');
    end if;
    execute member_kind_events_sql('changed', TG_ARGV[0]::int);
    return null;
end;
$$;

-- An update counts as the old rows removed and the new rows added, for the rows whose union, district
-- or membership dates changed.
create function member_kind_tally_update() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id'
        || ' where (o.union_id, o.district_id, o.joined_on, o.left_on) is distinct from (n.union_id, n.district_id, n.joined_on, n.left_on)';
begin
    execute member_kind_events_sql('(select o.* ' || moved || ')', -1);
    execute member_kind_buckets_sql('(select n.* ' || moved || ')');
    execute member_kind_events_sql('(select n.* ' || moved || ')', 1);
    return null;
end;
$$;

create trigger member_kind_tally_on_insert after insert on member
    referencing new table as changed for each statement execute function member_kind_tally_apply('1');
create trigger member_kind_tally_on_delete after delete on member
    referencing old table as changed for each statement execute function member_kind_tally_apply('-1');
create trigger member_kind_tally_on_update after update on member
    referencing old table as old_rows new table as new_rows for each statement execute function member_kind_tally_update();

-- Everything again from the members, when a union changes its kind (rare: its members' events were
-- added under the old one). The exclusive lock holds back writers until commit.
create function member_kind_tally_rebuild() returns void language plpgsql as $$
begin
    lock table member_kind_tally in exclusive mode;
    delete from member_kind_tally;
    execute member_kind_buckets_sql('member');
    execute member_kind_events_sql('member', 1);
end;
$$;

create function member_kind_tally_on_union() returns trigger language plpgsql as $$
begin
    if exists (select 1 from changed_old o join changed_new n on n.id = o.id
                where o.grassroots_kind is distinct from n.grassroots_kind) then
        perform member_kind_tally_rebuild();
    end if;
    return null;
end;
$$;

create trigger member_kind_tally_union_update after update on union_org
    referencing old table as changed_old new table as changed_new for each statement execute function member_kind_tally_on_union();

select member_kind_tally_rebuild();
select tally_compact('member_kind_tally');

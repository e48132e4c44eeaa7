-- Members by their union's kind, kept per district and kind instead of per bucket (V28_2). A bucket's id is no district,
-- so Citus could not place the tally beside the members, and tally_bucket is one table for every district, which a
-- shard's trigger on a worker cannot write. With the kind in a column of its own the tally lies by district like
-- member_tally, and on Citus the members' shard triggers append to the tally's shard beside them (V58_1).

alter table member_kind_tally add column part varchar(30) not null default '';
update member_kind_tally t set district_id = b.district_id, part = b.part from tally_bucket b where b.id = t.district_id;
drop index ix_member_kind_tally_district_grain_day;
create index ix_member_kind_tally_district_grain_day on member_kind_tally (district_id, grain, day) include (part, joined, departed);

-- Deltas keyed by the columns named in keys (the district first, then any part) besides the grain and the day. The
-- searched "case when" is Citus' too: it sends a simple "case g.grain when" to the workers as a comparison of text with a
-- boolean (Citus 13.2.2), which broke counting a placed table's rows into its tally by one statement.
create function tally_insert_sql(tally text, keys text, columns text, events text, sign int) returns text language sql immutable as $$
    select format('insert into %s (%s, grain, day, %s)'
                  ' select %s, g.grain, case when g.grain = ''Y'' then cast(date_trunc(''year'', e.day) as date) else e.day end, %s'
                  '   from (%s) e cross join (values (''D''), (''Y'')) g (grain) where e.day is not null group by %s',
                  tally, keys, columns, k.listed, (select string_agg(format('sum(e.%I) * %s', c, sign), ', ')
                                                     from unnest(string_to_array(columns, ',')) c),
                  events, (select string_agg(i::text, ', ') from generate_series(1, k.n + 2) i))
      from (select string_agg('e.' || quote_ident(k), ', ') as listed, count(*) as n from unnest(string_to_array(keys, ',')) k) k
$$;

create or replace function tally_insert_sql(tally text, columns text, events text, sign int) returns text language sql immutable as $$
    select tally_insert_sql(tally, 'district_id', columns, events, sign)
$$;

-- Folding keeps a tally's part apart, where it has one.
create or replace function tally_compact(tally text) returns void language plpgsql as $$
declare
    keys text;
    matched text;
    columns text;
    sums text;
    nonzero text;
begin
    select string_agg(quote_ident(attname), ', ' order by attnum) filter (where key),
           string_agg(format('t.%1$I = c.%1$I', attname), ' and ' order by attnum) filter (where key),
           string_agg(quote_ident(attname), ', ' order by attnum) filter (where not key),
           string_agg(format('sum(%I)', attname), ', ' order by attnum) filter (where not key),
           string_agg(format('sum(%I) <> 0', attname), ' or ' order by attnum) filter (where not key)
      into keys, matched, columns, sums, nonzero
      from (select attname, attnum, attname in ('district_id', 'part', 'grain', 'day') as key
              from pg_attribute where attrelid = tally::regclass and attnum > 0 and not attisdropped) a;
    execute format('with crowded as (select %2$s from %1$s group by %2$s having count(*) > 1),'
                   ' gone as (delete from %1$s t using crowded c where %3$s returning t.*)'
                   ' insert into %1$s (%2$s, %4$s) select %2$s, %5$s from gone group by %2$s having %6$s',
                   tally::regclass, keys, matched, columns, sums, nonzero);
end;
$$;

-- The relation to read for table from a trigger: on Citus a reference table's copy on the node where the trigger runs
-- (a worker cannot plan a query joining a transition table to a table of Citus), elsewhere the table itself.
create function tally_local(tab text) returns text language plpgsql stable as $$
begin
    if to_regclass('pg_dist_partition') is null then
        return quote_ident(tab);
    end if;
    if not exists (select 1 from pg_dist_partition where logicalrelid = to_regclass(tab) and repmodel = 't') then
        return quote_ident(tab);
    end if;
    return (select shard_name(logicalrelid, shardid) from pg_dist_shard where logicalrelid = to_regclass(tab));
end;
$$;

-- Where a trigger appends, as in V58_1; nothing where the tally is not on this node (a worker, while Citus places the
-- table counted before its tally, which is counted once placed).
create or replace function tally_target(fired regclass, tally text, district bigint) returns text language plpgsql stable as $$
begin
    if to_regclass('pg_dist_partition') is null then
        return quote_ident(tally);
    end if;
    if exists (select 1 from pg_dist_partition where logicalrelid = fired) or to_regclass(tally) is null then
        return null;
    end if;
    if not exists (select 1 from pg_dist_partition where logicalrelid = to_regclass(tally)) then
        return quote_ident(tally);
    end if;
    if district is null then
        return null;
    end if;
    return shard_name(to_regclass(tally), get_shard_id_for_distribution_column(to_regclass(tally), district));
end;
$$;

-- The members of rows (with a column part: their union's kind) joining and leaving, times sign: each row read once for
-- both events, a shape Citus also runs on each shard where it lies (a union of two joins to the union tree it refuses).
create function member_kind_parts_sql(rows text, sign int, tally text) returns text language sql immutable as $$
    select tally_insert_sql(tally, 'district_id,part', 'joined,departed', format($e$
        select m.district_id, m.part, x.day, x.joined, x.departed
          from %1$s m cross join lateral (values (m.joined_on, 1, 0), (m.left_on, 0, 1)) x (day, joined, departed)$e$, rows), sign)
$$;

-- The members of rows joining and leaving under their union's kind (the union tree read from unions), times sign.
create function member_kind_events_sql(rows text, sign int, tally text, unions text) returns text language sql immutable as $$
    select member_kind_parts_sql(format('(select r.*, coalesce(u.grassroots_kind, '''') as part from %s r join %s u on u.id = r.union_id)',
                                        rows, unions), sign, tally)
$$;

create or replace function member_kind_events_sql(rows text, sign int) returns text language sql immutable as $$
    select member_kind_events_sql(rows, sign, 'member_kind_tally', 'union_org')
$$;

drop function member_kind_buckets_sql(text);
-- (gone already where Citus placed the union tree, which refuses even "drop trigger if exists" there)
do $$
begin
    if exists (select 1 from pg_trigger where tgrelid = 'union_org'::regclass and tgname = 'member_kind_tally_union_update') then
        drop trigger member_kind_tally_union_update on union_org;
    end if;
end $$;
drop function member_kind_tally_on_union();
drop function member_kind_tally_rebuild();

create or replace function member_kind_tally_apply() returns trigger language plpgsql as $$
declare
    tally text;
begin
    tally := tally_target(TG_RELID, 'member_kind_tally', (select district_id from changed limit 1));
    if tally is not null then
        execute member_kind_events_sql('changed', TG_ARGV[0]::int, tally, tally_local('union_org'));
    end if;
    return null;
end;
$$;

create or replace function member_kind_tally_update() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id'
        || ' where (o.union_id, o.district_id, o.joined_on, o.left_on) is distinct from (n.union_id, n.district_id, n.joined_on, n.left_on)';
    tally text;
begin
    tally := tally_target(TG_RELID, 'member_kind_tally', (select district_id from new_rows limit 1));
    if tally is not null then
        execute member_kind_events_sql('(select o.* ' || moved || ')', -1, tally, tally_local('union_org'));
        execute member_kind_events_sql('(select n.* ' || moved || ')', 1, tally, tally_local('union_org'));
    end if;
    return null;
end;
$$;

-- A union's members counted again under its kind (the union tree holds the new one) instead of old_kind: called by the
-- application when it changes a union's kind, on PostgreSQL and Citus alike (Citus keeps no trigger on the union tree,
-- a reference table). The exclusive lock holds back the members' writers until commit, so that none counts under the
-- old kind after this.
create function member_kind_tally_rekind(rekinded bigint, old_kind text) returns void language plpgsql as $$
declare
    members constant text := format('(select * from member where union_id = %s)', rekinded);
begin
    lock table member_kind_tally in exclusive mode;
    execute member_kind_parts_sql(format('(select m.*, %L as part from %s m)', coalesce(old_kind, ''), members), -1, 'member_kind_tally');
    execute member_kind_events_sql(members, 1, 'member_kind_tally', 'union_org');
end;
$$;

do $$
declare f text;
begin
    foreach f in array array['member_kind_tally_apply()', 'member_kind_tally_update()'] loop
        execute format('alter function %s set search_path = %I', f, current_schema());
    end loop;
end $$;

select tally_compact('member_kind_tally');

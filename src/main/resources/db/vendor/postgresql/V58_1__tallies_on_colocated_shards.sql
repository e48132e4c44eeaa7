-- The member and remittance tallies kept on Citus too. There the tables placed by district keep these statement
-- triggers (db/vendor/citus/afterMigrate.sql places them with citus.enable_unsafe_triggers), which fire on each shard,
-- on the worker holding it, and never on the coordinator's table, which holds no rows; a shard's trigger appends to the
-- shard of the tally that lies beside it (the tally is placed by district too, co-located), a plain table there.
-- On PostgreSQL nothing changes: the triggers append to the tally itself.

-- Where a trigger on fired appends the deltas of a statement whose rows lie in district: the tally on PostgreSQL (and on
-- Citus before the tables are placed), the tally's shard for the district when fired is a shard, nothing when fired is
-- Citus' table on the coordinator (or a shard's statement changed no row).
create function tally_target(fired regclass, tally text, district bigint) returns text language plpgsql stable as $$
begin
    if to_regclass('pg_dist_partition') is null then
        return quote_ident(tally);
    end if;
    if exists (select 1 from pg_dist_partition where logicalrelid = fired) then
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

-- The tally is now any relation name ready for a statement (quoted, maybe schema-qualified): a shard's, on Citus.
create or replace function tally_insert_sql(tally text, columns text, events text, sign int) returns text language sql immutable as $$
    select format('insert into %s (district_id, grain, day, %s)'
                  ' select e.district_id, g.grain, case g.grain when ''Y'' then cast(date_trunc(''year'', e.day) as date) else e.day end, %s'
                  '   from (%s) e cross join (values (''D''), (''Y'')) g (grain) where e.day is not null group by 1, 2, 3',
                  tally, columns, (select string_agg(format('sum(e.%I) * %s', c, sign), ', ') from unnest(string_to_array(columns, ',')) c),
                  events)
$$;

-- Folding works on any relation name too, so that Citus can fold each shard where it lies (run_command_on_shards).
create or replace function tally_compact(tally text) returns void language plpgsql as $$
declare
    columns text;
    sums text;
    nonzero text;
begin
    select string_agg(quote_ident(attname), ', ' order by attnum),
           string_agg(format('sum(%I)', attname), ', ' order by attnum),
           string_agg(format('sum(%I) <> 0', attname), ' or ' order by attnum)
      into columns, sums, nonzero
      from pg_attribute
     where attrelid = tally::regclass and attnum > 0 and not attisdropped and attname not in ('district_id', 'grain', 'day');
    execute format('with crowded as (select district_id, grain, day from %1$s group by district_id, grain, day having count(*) > 1),'
                   ' gone as (delete from %1$s t using crowded c'
                   '           where t.district_id = c.district_id and t.grain = c.grain and t.day = c.day returning t.*)'
                   ' insert into %1$s (district_id, grain, day, %2$s) select district_id, grain, day, %3$s'
                   '   from gone group by district_id, grain, day having %4$s', tally::regclass, columns, sums, nonzero);
end;
$$;

create function member_tally_events_sql(rows text, sign int, tally text) returns text language sql immutable as $$
    select tally_insert_sql(tally,
        'joined,joined_women,joined_migrant,joined_new_form,departed,departed_women,departed_migrant,departed_new_form', format($e$
        select m.district_id, m.joined_on as day, 1 as joined, (m.sex = 'FEMALE')::int as joined_women,
               m.migrant_worker::int as joined_migrant, (m.new_form_kind is not null)::int as joined_new_form,
               0 as departed, 0 as departed_women, 0 as departed_migrant, 0 as departed_new_form
          from %1$s m
        union all
        select m.district_id, m.left_on, 0, 0, 0, 0, 1, (m.sex = 'FEMALE')::int, m.migrant_worker::int,
               (m.new_form_kind is not null)::int
          from %1$s m where m.left_on is not null$e$, rows), sign)
$$;

create or replace function member_tally_events_sql(rows text, sign int) returns text language sql immutable as $$
    select member_tally_events_sql(rows, sign, 'member_tally')
$$;

create or replace function member_tally_apply() returns trigger language plpgsql as $$
declare
    tally text;
begin
    tally := tally_target(TG_RELID, 'member_tally', (select district_id from changed limit 1));
    if tally is not null then
        execute member_tally_events_sql('changed', TG_ARGV[0]::int, tally);
    end if;
    return null;
end;
$$;

create or replace function member_tally_update() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id'
        || ' where (o.district_id, o.joined_on, o.left_on, o.sex, o.migrant_worker, o.new_form_kind is null)'
        || ' is distinct from (n.district_id, n.joined_on, n.left_on, n.sex, n.migrant_worker, n.new_form_kind is null)';
    tally text;
begin
    tally := tally_target(TG_RELID, 'member_tally', (select district_id from new_rows limit 1));
    if tally is not null then
        execute member_tally_events_sql('(select o.* ' || moved || ')', -1, tally);
        execute member_tally_events_sql('(select n.* ' || moved || ')', 1, tally);
    end if;
    return null;
end;
$$;

create function remittance_tally_sql(rows text, sign int, tally text) returns text language sql immutable as $$
    select tally_insert_sql(tally, 'due_funds,paid_funds,due_prep,paid_prep,due_tax,paid_tax', format($e$
        select r.district_id, r.funds_month as day,
               case when r.payer_type = 'FUNDS' then r.due else 0 end as due_funds,
               case when r.payer_type = 'FUNDS' then r.paid else 0 end as paid_funds,
               case when r.payer_type = 'PREPARATORY' then r.due else 0 end as due_prep,
               case when r.payer_type = 'PREPARATORY' then r.paid else 0 end as paid_prep,
               case when r.channel = 'TAX' then r.due else 0 end as due_tax,
               case when r.channel = 'TAX' then r.paid else 0 end as paid_tax
          from %1$s r$e$, rows), sign)
$$;

create or replace function remittance_tally_sql(rows text, sign int) returns text language sql immutable as $$
    select remittance_tally_sql(rows, sign, 'remittance_tally')
$$;

create or replace function remittance_tally_apply() returns trigger language plpgsql as $$
declare
    tally text;
begin
    tally := tally_target(TG_RELID, 'remittance_tally', (select district_id from changed limit 1));
    if tally is not null then
        execute remittance_tally_sql('changed', TG_ARGV[0]::int, tally);
    end if;
    return null;
end;
$$;

create or replace function remittance_tally_update() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id'
        || ' where (o.district_id, o.funds_month, o.payer_type, o.channel, o.due, o.paid)'
        || ' is distinct from (n.district_id, n.funds_month, n.payer_type, n.channel, n.due, n.paid)';
    tally text;
begin
    tally := tally_target(TG_RELID, 'remittance_tally', (select district_id from new_rows limit 1));
    if tally is not null then
        execute remittance_tally_sql('(select o.* ' || moved || ')', -1, tally);
        execute remittance_tally_sql('(select n.* ' || moved || ')', 1, tally);
    end if;
    return null;
end;
$$;

-- A shard's trigger runs on its worker under the session's search path there, not this schema's: the functions it
-- calls are found by the path pinned to them.
do $$
declare f text;
begin
    foreach f in array array['member_tally_apply()', 'member_tally_update()', 'remittance_tally_apply()', 'remittance_tally_update()'] loop
        execute format('alter function %s set search_path = %I', f, current_schema());
    end loop;
end $$;

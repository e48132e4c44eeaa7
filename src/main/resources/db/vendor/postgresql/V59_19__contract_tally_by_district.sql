-- The contracts in force (contract_tally, V50_2) were counted per bucket (V28_2) of the district of each contract's
-- union, read from the union tree, and a union moving to another district moved its contracts' events by a trigger on
-- union_org. A bucket's id is no district, so a distributed database could not place the tally beside the contracts,
-- which now lie by district there (#25). Contracts keep their union's district themselves (V53, never NULL since V57,
-- moved with their union by the application): the tally now counts by that column and a part column of its own, as the
-- member kinds do (V58_2); a contract changing district moves its events by its own update trigger, and on Citus the
-- contracts' shard triggers append to the tally's shard beside them (V58_1).

alter table contract_tally add column part varchar(40) not null default '';
drop index ix_contract_tally_district_grain_day;
create index ix_contract_tally_district_grain_day on contract_tally (district_id, grain, day) include (part, contracts, workers);

drop function contract_tally_sql(text, text, int);
drop function contract_tally_terms(text, text);

-- The contracts of rows in force: +1 and their workers from the start, -1 from the day after the end or from an early
-- termination, under their district and 'C:<kind>/<coverage>'.
create function contract_tally_events(rows text) returns text language sql immutable as $$
    select format($e$
        select c.district_id, 'C:' || c.kind || '/' || c.coverage as part, x.day, x.contracts,
               x.contracts * c.workers_covered::bigint as workers
          from %1$s c
         cross join lateral (values (c.starts_on, 1),
                                    (least(c.ends_on + 1, coalesce(c.terminated_on, c.ends_on + 1)), -1)) x (day, contracts)
         where c.status in ('SIGNED', 'FILED', 'TERMINATED') and c.starts_on is not null and c.ends_on is not null
           and (c.terminated_on is null or c.terminated_on > c.starts_on)$e$, rows)
$$;

create function contract_tally_sql(rows text, sign int, tally text) returns text language sql immutable as $$
    select tally_insert_sql(tally, 'district_id,part', 'contracts,workers', contract_tally_events(rows), sign)
$$;

create function contract_tally_sql(rows text, sign int) returns text language sql immutable as $$
    select contract_tally_sql(rows, sign, 'contract_tally')
$$;

create or replace function contract_tally_apply() returns trigger language plpgsql as $$
declare
    tally text;
begin
    tally := tally_target(TG_RELID, 'contract_tally', (select district_id from changed limit 1));
    if tally is not null then
        execute contract_tally_sql('changed', TG_ARGV[0]::int, tally);
    end if;
    return null;
end;
$$;

-- An update counts as the old rows removed and the new rows added, for the rows whose counted columns changed.
create or replace function contract_tally_update() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id where'
        || ' (o.district_id, o.kind, o.coverage, o.status, o.starts_on, o.ends_on, o.terminated_on, o.workers_covered)'
        || ' is distinct from (n.district_id, n.kind, n.coverage, n.status, n.starts_on, n.ends_on, n.terminated_on, n.workers_covered)';
    changed boolean;
    tally text;
begin
    execute 'select (select count(*) ' || moved || ') > 0' into changed;
    if changed then
        tally := tally_target(TG_RELID, 'contract_tally', (select district_id from new_rows limit 1));
    end if;
    if tally is not null then
        execute contract_tally_sql('(select o.* ' || moved || ')', -1, tally);
        execute contract_tally_sql('(select n.* ' || moved || ')', 1, tally);
    end if;
    return null;
end;
$$;

-- democracy_tally_rebuild: as in V50_4__democracy_tallies_follow_moves.sql, the contracts counted by their district
create or replace function democracy_tally_rebuild() returns void language plpgsql as $$
begin
    lock table contract_tally, proposal_tally in exclusive mode;
    delete from contract_tally;
    delete from proposal_tally;
    execute contract_tally_sql('collective_contract', 1);
    execute proposal_tally_sql('congress_proposal', 'congress_session', 'union_org', 1);
end;
$$;

-- democracy_tally_on_union: as in V59_18__union_triggers_ask_once.sql without the contracts, which move by their own rows
create or replace function democracy_tally_on_union() returns trigger language plpgsql as $$
declare
    moved constant text := 'from changed_old o join changed_new n on n.id = o.id where o.district_id is distinct from n.district_id)';
    rekinded constant text := 'from changed_old o join changed_new n on n.id = o.id'
        || ' where (o.district_id, o.grassroots_kind) is distinct from (n.district_id, n.grassroots_kind))';
    changed boolean;
begin
    execute 'select (select count(*) ' || moved || ' > 0' into changed;
    if changed then
        execute proposal_tally_sql('congress_proposal', 'congress_session', '(select o.* ' || moved, -1);
        execute proposal_tally_sql('congress_proposal', 'congress_session', '(select n.* ' || moved, 1);
        execute representative_tally_sql('congress_representative', 'members_congress', '(select o.* ' || moved, -1);
        execute representative_tally_sql('congress_representative', 'members_congress', '(select n.* ' || moved, 1);
    end if;
    execute 'select (select count(*) ' || rekinded || ' > 0' into changed;
    if changed then
        execute womens_committee_tally_sql('womens_committee', '(select o.* ' || rekinded, -1);
        execute womens_committee_tally_sql('womens_committee', '(select n.* ' || rekinded, 1);
    end if;
    return null;
end;
$$;

do $$
declare f text;
begin
    foreach f in array array['contract_tally_apply()', 'contract_tally_update()'] loop
        execute format('alter function %s set search_path = %I', f, current_schema());
    end loop;
end $$;

delete from contract_tally;
do $$
begin
    execute contract_tally_sql('collective_contract', 1);
end $$;
select tally_compact('contract_tally');

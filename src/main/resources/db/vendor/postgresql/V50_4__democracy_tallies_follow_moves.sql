-- A union moving to another district rebuilt both democracy tallies (V50_2) from every row: 4 s at city size, under
-- an exclusive lock. Now only the rows of the unions that moved are taken out under their old district and put back
-- under the new one: the union relation each event is read with becomes a parameter (union_org, or the old or new
-- rows of the unions that moved). A congress moved to another union (which the application never does) still rebuilds.

drop function contract_tally_sql(text, int);
drop function contract_tally_terms(text);
drop function proposal_tally_sql(text, text, int);
drop function proposal_tally_rows(text, text);

create function contract_tally_terms(rows text, unions text) returns text language sql immutable as $$
    select format($t$
        select coalesce(u.district_id, 0) as district, 'C:' || c.kind || '/' || c.coverage as part, c.starts_on,
               least(c.ends_on + 1, coalesce(c.terminated_on, c.ends_on + 1)) as ends, c.workers_covered::bigint as workers
          from %1$s c join %2$s u on u.id = c.union_id
         where c.status in ('SIGNED', 'FILED', 'TERMINATED') and c.starts_on is not null and c.ends_on is not null
           and (c.terminated_on is null or c.terminated_on > c.starts_on)$t$, rows, unions)
$$;

create function contract_tally_sql(rows text, unions text, sign int) returns text language sql immutable as $$
    select format($q$
        insert into tally_bucket (district_id, part) select distinct t.district, t.part from (%1$s) t on conflict do nothing;
        %2$s$q$, contract_tally_terms(rows, unions), tally_insert_sql('contract_tally', 'contracts,workers', format($e$
        select b.id as district_id, t.starts_on as day, 1 as contracts, t.workers
          from (%1$s) t join tally_bucket b on b.district_id = t.district and b.part = t.part
        union all
        select b.id, t.ends, -1, -t.workers
          from (%1$s) t join tally_bucket b on b.district_id = t.district and b.part = t.part$e$, contract_tally_terms(rows, unions)), sign))
$$;

create function proposal_tally_rows(proposals text, sessions text, unions text) returns text language sql immutable as $$
    select format($r$
        select coalesce(u.district_id, 0) as district, 'P:' || coalesce(p.category, '') as part, s.held_on, p.handled_on
          from %1$s p join %2$s s on s.id = p.session_id join workers_congress w on w.id = s.congress_id
          join %3$s u on u.id = w.union_id$r$, proposals, sessions, unions)
$$;

create function proposal_tally_sql(proposals text, sessions text, unions text, sign int) returns text language sql immutable as $$
    select format($q$
        insert into tally_bucket (district_id, part) select distinct r.district, r.part from (%1$s) r on conflict do nothing;
        %2$s$q$, proposal_tally_rows(proposals, sessions, unions), tally_insert_sql('proposal_tally', 'received,handled', format($e$
        select b.id as district_id, r.held_on as day, 1 as received, 0 as handled
          from (%1$s) r join tally_bucket b on b.district_id = r.district and b.part = r.part
        union all
        select b.id, r.handled_on, 0, 1
          from (%1$s) r join tally_bucket b on b.district_id = r.district and b.part = r.part
         where r.handled_on is not null$e$, proposal_tally_rows(proposals, sessions, unions)), sign))
$$;

create or replace function contract_tally_apply() returns trigger language plpgsql as $$
begin
    execute contract_tally_sql('changed', 'union_org', TG_ARGV[0]::int);
    return null;
end;
$$;

create or replace function contract_tally_update() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id where'
        || ' (o.union_id, o.kind, o.coverage, o.status, o.starts_on, o.ends_on, o.terminated_on, o.workers_covered)'
        || ' is distinct from (n.union_id, n.kind, n.coverage, n.status, n.starts_on, n.ends_on, n.terminated_on, n.workers_covered)';
begin
    execute contract_tally_sql('(select o.* ' || moved || ')', 'union_org', -1);
    execute contract_tally_sql('(select n.* ' || moved || ')', 'union_org', 1);
    return null;
end;
$$;

create or replace function proposal_tally_apply() returns trigger language plpgsql as $$
begin
    execute proposal_tally_sql('changed', 'congress_session', 'union_org', TG_ARGV[0]::int);
    return null;
end;
$$;

create or replace function proposal_tally_update() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id where'
        || ' (o.session_id, o.category, o.handled_on) is distinct from (n.session_id, n.category, n.handled_on)';
begin
    execute proposal_tally_sql('(select o.* ' || moved || ')', 'congress_session', 'union_org', -1);
    execute proposal_tally_sql('(select n.* ' || moved || ')', 'congress_session', 'union_org', 1);
    return null;
end;
$$;

create or replace function proposal_tally_on_session() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id where'
        || ' (o.congress_id, o.held_on) is distinct from (n.congress_id, n.held_on)';
begin
    execute proposal_tally_sql('congress_proposal', '(select o.* ' || moved || ')', 'union_org', -1);
    execute proposal_tally_sql('congress_proposal', '(select n.* ' || moved || ')', 'union_org', 1);
    return null;
end;
$$;

create or replace function democracy_tally_rebuild() returns void language plpgsql as $$
begin
    lock table contract_tally, proposal_tally in exclusive mode;
    delete from contract_tally;
    delete from proposal_tally;
    execute contract_tally_sql('collective_contract', 'union_org', 1);
    execute proposal_tally_sql('congress_proposal', 'congress_session', 'union_org', 1);
end;
$$;

-- The unions whose district changed: their contracts' and congresses' events move from the old district to the new.
create or replace function democracy_tally_on_union() returns trigger language plpgsql as $$
declare
    moved constant text := 'from changed_old o join changed_new n on n.id = o.id where o.district_id is distinct from n.district_id)';
begin
    if exists (select 1 from changed_old o join changed_new n on n.id = o.id where o.district_id is distinct from n.district_id) then
        execute contract_tally_sql('collective_contract', '(select o.* ' || moved, -1);
        execute contract_tally_sql('collective_contract', '(select n.* ' || moved, 1);
        execute proposal_tally_sql('congress_proposal', 'congress_session', '(select o.* ' || moved, -1);
        execute proposal_tally_sql('congress_proposal', 'congress_session', '(select n.* ' || moved, 1);
    end if;
    return null;
end;
$$;

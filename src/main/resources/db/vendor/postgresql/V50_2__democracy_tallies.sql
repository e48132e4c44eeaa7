-- The city's and districts' collective-contract and 职代会 proposal figures without reading every contract
-- and joining every proposal to its session and congress per request (measured at city size, 79,000
-- contracts and 490,000 proposals: 130 ms each for contracts in force and the workers they cover,
-- 210–240 ms each for proposals received and handled; the dashboard 1.1 s). Like the member kinds
-- (V28_3) the rows are keyed by a bucket (V28_2) of a district and a part:
--   contract_tally   'C:<kind>/<coverage>'   contracts in force and the workers they cover, a stock:
--                    +1 from the start, -1 from the day after the end or from an early termination
--   proposal_tally   'P:<category>'          proposals received (on the session's day) and handled, flows
-- The district is the contract's or congress's union's; when unions move to another district both are
-- built again from the rows (as the org tally is).

alter table tally_bucket alter column part type varchar(40);

create table contract_tally (
    district_id bigint  not null,
    grain       char(1) not null default 'D',
    day         date    not null,
    contracts   bigint  not null,
    workers     bigint  not null,
    constraint ck_contract_tally_grain check (grain in ('D', 'Y'))
);
create index ix_contract_tally_grain_day on contract_tally (grain, day);

-- The contracts of the relation rows that are ever in force, with their bucket's part and the day their force ends.
create function contract_tally_terms(rows text) returns text language sql immutable as $$
    select format($t$
        select coalesce(u.district_id, 0) as district, 'C:' || c.kind || '/' || c.coverage as part, c.starts_on,
               least(c.ends_on + 1, coalesce(c.terminated_on, c.ends_on + 1)) as ends, c.workers_covered::bigint as workers
          from %1$s c join union_org u on u.id = c.union_id
         where c.status in ('SIGNED', 'FILED', 'TERMINATED') and c.starts_on is not null and c.ends_on is not null
           and (c.terminated_on is null or c.terminated_on > c.starts_on)$t$, rows)
$$;

create function contract_tally_sql(rows text, sign int) returns text language sql immutable as $$
    select format($q$
        insert into tally_bucket (district_id, part) select distinct t.district, t.part from (%1$s) t on conflict do nothing;
        %2$s$q$, contract_tally_terms(rows), tally_insert_sql('contract_tally', 'contracts,workers', format($e$
        select b.id as district_id, t.starts_on as day, 1 as contracts, t.workers
          from (%1$s) t join tally_bucket b on b.district_id = t.district and b.part = t.part
        union all
        select b.id, t.ends, -1, -t.workers
          from (%1$s) t join tally_bucket b on b.district_id = t.district and b.part = t.part$e$, contract_tally_terms(rows)), sign))
$$;

create function contract_tally_apply() returns trigger language plpgsql as $$
begin
    execute contract_tally_sql('changed', TG_ARGV[0]::int);
    return null;
end;
$$;

-- An update counts as the old rows removed and the new rows added, for the rows whose counted columns changed.
create function contract_tally_update() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id where'
        || ' (o.union_id, o.kind, o.coverage, o.status, o.starts_on, o.ends_on, o.terminated_on, o.workers_covered)'
        || ' is distinct from (n.union_id, n.kind, n.coverage, n.status, n.starts_on, n.ends_on, n.terminated_on, n.workers_covered)';
begin
    execute contract_tally_sql('(select o.* ' || moved || ')', -1);
    execute contract_tally_sql('(select n.* ' || moved || ')', 1);
    return null;
end;
$$;

create trigger contract_tally_on_insert after insert on collective_contract
    referencing new table as changed for each statement execute function contract_tally_apply('1');
create trigger contract_tally_on_delete after delete on collective_contract
    referencing old table as changed for each statement execute function contract_tally_apply('-1');
create trigger contract_tally_on_update after update on collective_contract
    referencing old table as old_rows new table as new_rows for each statement execute function contract_tally_update();

create table proposal_tally (
    district_id bigint  not null,
    grain       char(1) not null default 'D',
    day         date    not null,
    received    bigint  not null,
    handled     bigint  not null,
    constraint ck_proposal_tally_grain check (grain in ('D', 'Y'))
);
create index ix_proposal_tally_grain_day on proposal_tally (grain, day);

-- The proposals of the relation proposals, with their session's day from the relation sessions, district and part.
create function proposal_tally_rows(proposals text, sessions text) returns text language sql immutable as $$
    select format($r$
        select coalesce(u.district_id, 0) as district, 'P:' || coalesce(p.category, '') as part, s.held_on, p.handled_on
          from %1$s p join %2$s s on s.id = p.session_id join workers_congress w on w.id = s.congress_id
          join union_org u on u.id = w.union_id$r$, proposals, sessions)
$$;

create function proposal_tally_sql(proposals text, sessions text, sign int) returns text language sql immutable as $$
    select format($q$
        insert into tally_bucket (district_id, part) select distinct r.district, r.part from (%1$s) r on conflict do nothing;
        %2$s$q$, proposal_tally_rows(proposals, sessions), tally_insert_sql('proposal_tally', 'received,handled', format($e$
        select b.id as district_id, r.held_on as day, 1 as received, 0 as handled
          from (%1$s) r join tally_bucket b on b.district_id = r.district and b.part = r.part
        union all
        select b.id, r.handled_on, 0, 1
          from (%1$s) r join tally_bucket b on b.district_id = r.district and b.part = r.part
         where r.handled_on is not null$e$, proposal_tally_rows(proposals, sessions)), sign))
$$;

create function proposal_tally_apply() returns trigger language plpgsql as $$
begin
    execute proposal_tally_sql('changed', 'congress_session', TG_ARGV[0]::int);
    return null;
end;
$$;

create function proposal_tally_update() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id where'
        || ' (o.session_id, o.category, o.handled_on) is distinct from (n.session_id, n.category, n.handled_on)';
begin
    execute proposal_tally_sql('(select o.* ' || moved || ')', 'congress_session', -1);
    execute proposal_tally_sql('(select n.* ' || moved || ')', 'congress_session', 1);
    return null;
end;
$$;

-- A session held on another day, or moved to another congress, moves its proposals' received events.
create function proposal_tally_on_session() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id where'
        || ' (o.congress_id, o.held_on) is distinct from (n.congress_id, n.held_on)';
begin
    execute proposal_tally_sql('congress_proposal', '(select o.* ' || moved || ')', -1);
    execute proposal_tally_sql('congress_proposal', '(select n.* ' || moved || ')', 1);
    return null;
end;
$$;

create trigger proposal_tally_on_insert after insert on congress_proposal
    referencing new table as changed for each statement execute function proposal_tally_apply('1');
create trigger proposal_tally_on_delete after delete on congress_proposal
    referencing old table as changed for each statement execute function proposal_tally_apply('-1');
create trigger proposal_tally_on_update after update on congress_proposal
    referencing old table as old_rows new table as new_rows for each statement execute function proposal_tally_update();
create trigger proposal_tally_session_update after update on congress_session
    referencing old table as old_rows new table as new_rows for each statement execute function proposal_tally_on_session();

-- Everything again from the rows: when unions move to another district, or a congress to another union (rare).
-- The exclusive locks hold back writers until commit.
create function democracy_tally_rebuild() returns void language plpgsql as $$
begin
    lock table contract_tally, proposal_tally in exclusive mode;
    delete from contract_tally;
    delete from proposal_tally;
    execute contract_tally_sql('collective_contract', 1);
    execute proposal_tally_sql('congress_proposal', 'congress_session', 1);
end;
$$;

create function democracy_tally_on_union() returns trigger language plpgsql as $$
begin
    if exists (select 1 from changed_old o join changed_new n on n.id = o.id where o.district_id is distinct from n.district_id) then
        perform democracy_tally_rebuild();
    end if;
    return null;
end;
$$;

create function democracy_tally_on_congress() returns trigger language plpgsql as $$
begin
    if exists (select 1 from changed_old o join changed_new n on n.id = o.id where o.union_id is distinct from n.union_id) then
        perform democracy_tally_rebuild();
    end if;
    return null;
end;
$$;

create trigger democracy_tally_union_update after update on union_org
    referencing old table as changed_old new table as changed_new for each statement execute function democracy_tally_on_union();
create trigger democracy_tally_congress_update after update on workers_congress
    referencing old table as changed_old new table as changed_new for each statement execute function democracy_tally_on_congress();

select democracy_tally_rebuild();
select tally_compact('contract_tally');
select tally_compact('proposal_tally');

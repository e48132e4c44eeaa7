-- Places the tables on the Citus cluster (the citus profile); Flyway runs this after every migration
-- run, so every statement is idempotent.

-- The tallies of the tables placed by district that the figures read there: each kept by its statement triggers on the
-- table it counts (V58_1), placed by district beside it, and filled again from its rows when it is placed. A tally whose
-- triggers read the union tree (by_tree) is placed once the tree is a reference table, with a copy on every worker.
create temp table if not exists citus_kept_tally (tally text not null, source text not null, events text not null,
                                                  by_tree boolean not null);
delete from citus_kept_tally;
insert into citus_kept_tally values ('member_tally', 'member', 'member_tally_events_sql', false),
                                    ('remittance_tally', 'remittance', 'remittance_tally_sql', false),
                                    ('contract_tally', 'collective_contract', 'contract_tally_sql', false),
                                    ('member_kind_tally', 'member', 'member_kind_events_sql', true);

-- Whether a trigger on a table is one that keeps a tally kept here.
create or replace function pg_temp.keeps_tally(trigger_name name, fired regclass) returns boolean language sql stable as $$
    select exists (select 1 from citus_kept_tally k where trigger_name like k.tally || '\_on\_%' and fired = to_regclass(k.source))
$$;

-- Places a kept tally, emptied, unless it is placed already: before the table it counts (placing that table copies its
-- rows into its shards, whose triggers count them into the tally's shards), or, when that table is placed already (by
-- an earlier release, or for a tally placed after the union tree), with its triggers and counted by one statement.
create or replace function pg_temp.place_tally(k citus_kept_tally) returns void language plpgsql as $$
declare counted text; kind text;
begin
    if exists (select 1 from pg_dist_partition where logicalrelid = to_regclass(k.tally)) then
        return;
    end if;
    execute format('truncate %I', k.tally);
    perform create_distributed_table(k.tally, 'district_id');
    if not exists (select 1 from pg_dist_partition where logicalrelid = to_regclass(k.source)) then
        return;
    end if;
    foreach kind in array array['insert', 'delete', 'update'] loop
        continue when exists (select 1 from pg_trigger where tgrelid = to_regclass(k.source) and tgname = k.tally || '_on_' || kind);
        execute format(case kind
            when 'insert' then 'create trigger %1$s_on_insert after insert on %2$I referencing new table as changed'
                               ' for each statement execute function %1$s_apply(''1'')'
            when 'delete' then 'create trigger %1$s_on_delete after delete on %2$I referencing old table as changed'
                               ' for each statement execute function %1$s_apply(''-1'')'
            else 'create trigger %1$s_on_update after update on %2$I referencing old table as old_rows new table as new_rows'
                 ' for each statement execute function %1$s_update()' end, k.tally, k.source);
    end loop;
    execute format('select %I(%L, 1)', k.events, k.source) into counted;
    execute counted;
end;
$$;

-- Citus distributes a table with triggers only under citus.enable_unsafe_triggers, unsafe because a shard's trigger runs
-- on its worker and must touch nothing but co-located shards, which the kept tallies' triggers do. The other figure
-- tallies are kept by triggers that write a table every district shares (tally_bucket), or fire on reference and local
-- tables: those triggers are dropped and the figures they serve count the rows (Tallies serves a tally only when it is
-- placed here). A member's district is its union's: PostgreSQL's migrations check it by statement triggers too; here a
-- foreign key to the union's (id, district) checks it (below, once the union tree is placed). Only triggers still there
-- are dropped: Citus refuses even "drop trigger if exists" on a distributed table.
set local citus.enable_unsafe_triggers to on;
do $$
declare t record;
begin
  for t in select tg.tgname, tg.tgrelid::regclass as rel
             from pg_trigger tg join pg_class c on c.oid = tg.tgrelid
            where not tg.tgisinternal and c.relnamespace = current_schema()::regnamespace
              and (tg.tgname like '%\_tally\_%' or tg.tgname in ('member_district_on_insert', 'member_district_on_update'))
              and not pg_temp.keeps_tally(tg.tgname, tg.tgrelid::regclass)
  loop
    execute format('drop trigger %I on %s', t.tgname, t.rel);
  end loop;
end $$;

-- Foreign keys are taken off a table while it is placed and put back (end of this file) once every table they join is
-- placed: Citus cannot distribute a table, nor make it a reference table, once it has become a Citus local table (as a
-- table referring to a reference table does) when it has an identity column (citusdata/citus#7564), so the tables
-- below are placed first, while they are still plain tables.
create temp table if not exists citus_pending_key (stmt text not null);
-- Placing a table copies it over the workers in parallel, after which this transaction (Flyway runs the script in one)
-- could no longer change the tables still on the coordinator; one connection per node keeps both possible.
set local citus.multi_shard_modify_mode to 'sequential';

select pg_temp.place_tally(k) from citus_kept_tally k where not k.by_tree;

-- A foreign key naming a table placed by district, naming the row's district as well.
create or replace function pg_temp.key_with_district(def text) returns text language sql immutable as $$
    select regexp_replace(regexp_replace(def, '^FOREIGN KEY \((\w+)\)', 'FOREIGN KEY (\1, district_id)'),
                          'REFERENCES (\S+)\((\w+)\)', 'REFERENCES \1(\2, district_id)')
$$;

-- The tables placed by district: each row on the shard of its union's district (district_id, never NULL since V57),
-- all co-located so that one district's rows of every table lie on the same node. Citus enforces a key only when it
-- holds the distribution column, so the primary key becomes (id, district_id) (ids still come from one sequence), each
-- unique key gains district_id — for insurance_claim, womens_protection, fund_return and remittance that narrows a
-- city-wide key to one district, which the services' own checks before writing still apply city-wide — and a reference
-- to a row of the same table (a correction naming the entry it corrects, always in the entry's district) names its
-- district too. A row changes district by being moved (DistrictRows, unionworks.database.distributed), never by an update.
-- A key naming a row of another table placed here names its district too, checked at commit: a member and its history
-- move to another district together (MemberHistory), each by a delete and an insert.
-- Members: their active ID number is unique per district here (the services check the whole city before writing). Their
-- history (member_status_change, V59) lies beside them; the tables of other modules naming a member (congress
-- representatives, candidates, ballots, honorees, and the member's transfers and join applications) stay on the
-- coordinator, where Citus cannot keep a foreign key to a distributed table: that key is dropped, and the services write
-- only members they have just read (members are never deleted).
-- Needy-worker files: one submitted or open file per ID number holds per district here, and city-wide by the service,
-- which checks the whole city under a lock per number (IdNumberLocks), as for members. A file's household members and
-- reviews, its aid and the relief and programme rows naming it stay on the coordinator, their key to the file dropped:
-- files are never deleted, and the services write only files they have just read.
-- A union's terms, collective contracts and 职代会 systems lie by district too. A contract renewing another
-- (renews_id) is its union's, in its district. What names them stays on the coordinator, its key dropped, as for the
-- files above: elections naming a term, a contract's employers. None of the three is ever deleted, and the services
-- write those rows only for a term, contract or congress they have just read. A 职代会's sessions and their proposals
-- lie beside their system (V59_20), their keys to it naming its district; a session's key to the contract it voted on
-- is dropped for good (loose): a contract of another union, even the city's (district 0), may cover the employer, and
-- the service checks that it does before writing. The annual returns lie by district too (the union's when the year's
-- returns were started; a return never changes district), their values, failed checks, frozen rows and rectification
-- links beside them (V59_22), those keys naming the district and still cascading a return's deletion; one return per
-- union and year holds per district here, city-wide by the service, which starts a union's return only when it has none
-- that year. The forms they are filled in on are reference tables (below). One 职代会 system per employer
-- holds per district here; the employer's keeper decides the district, so two systems of one employer fall in one
-- district but across a change of keeper, and the service checks the whole city before writing.
do $$
declare
    placed constant text[] := array['disclosure', 'womens_protection', 'insurance_enrolment', 'insurance_claim', 'fund_return',
                                    'remittance', 'member', 'member_status_change', 'hardship_file', 'union_term',
                                    'collective_contract', 'workers_congress', 'congress_session', 'congress_proposal',
                                    'annual_return', 'annual_return_value', 'annual_check_failure', 'annual_frozen_row',
                                    'annual_check_rectification'];
    -- keys naming a table placed here that no district can hold (above)
    loose constant text[] := array['congress_session_contract_id_fkey'];
    t text; k record;
begin
    foreach t in array placed loop
        continue when to_regclass(t) is null
            or exists (select 1 from pg_dist_partition where logicalrelid = to_regclass(t) and partmethod = 'h');
        -- citus.enable_unsafe_triggers is on for the kept tallies: any other trigger would be placed unchecked
        if exists (select 1 from pg_trigger tg where tg.tgrelid = to_regclass(t) and not tg.tgisinternal
                      and not pg_temp.keeps_tally(tg.tgname, tg.tgrelid::regclass)) then
            raise exception 'Citus would place % with triggers that may touch other shards: keep them (citus_kept_tally) or drop '
                'them above', t;
        end if;
        if exists (select 1 from pg_dist_partition where logicalrelid = to_regclass(t)) then
            raise exception 'Citus cannot distribute % now that it is in its metadata as a Citus local table (an identity column, '
                'citusdata/citus#7564): set the cluster up afresh (ops/citus/local.sh destroy; start) and restore the data into it', t;
        end if;
        -- every key naming t is taken off while t's own keys change: a placed referrer's comes back naming the district
        for k in select conrelid::regclass as referrer, conname, conrelid::regclass::text = any (placed) as beside,
                        pg_get_constraintdef(oid) as def from pg_constraint
                  where confrelid = to_regclass(t) and contype = 'f' and conrelid <> confrelid
        loop
            execute format('alter table %s drop constraint %I', k.referrer, k.conname);
            if k.beside and k.conname <> all (loose) then
                insert into citus_pending_key values (format('alter table %s add constraint %I %s deferrable initially deferred',
                                                             k.referrer, k.conname, pg_temp.key_with_district(k.def)));
            end if;
        end loop;
        for k in select conname, confrelid = conrelid as own, confrelid::regclass::text = any (placed) as beside,
                        pg_get_constraintdef(oid) as def from pg_constraint
                  where conrelid = to_regclass(t) and contype = 'f'
        loop
            execute format('alter table %I drop constraint %I', t, k.conname);
            continue when k.conname = any (loose);
            insert into citus_pending_key values (format('alter table %I add constraint %I %s', t, k.conname,
                case when not k.beside then k.def
                     else pg_temp.key_with_district(k.def) || case when k.own then '' else ' deferrable initially deferred' end end));
        end loop;
        for k in select conname, pg_get_constraintdef(oid) as def from pg_constraint
                  where conrelid = to_regclass(t) and contype in ('p', 'u')
                    and not exists (select 1 from pg_attribute a where a.attrelid = conrelid and a.attnum = any (conkey)
                                       and a.attname = 'district_id')
        loop
            execute format('alter table %I drop constraint %I', t, k.conname);
            execute format('alter table %I add constraint %I %s', t, k.conname, regexp_replace(k.def, '\)$', ', district_id)'));
        end loop;
        perform create_distributed_table(t, 'district_id');
    end loop;
end $$;

-- Employers are read beside every district's rows (an employer's union may lie in another district than a row naming
-- it): a reference table, so that the distributed tables can refer to it and join it where they lie.
do $$
declare k record;
begin
    if not exists (select 1 from pg_dist_partition where logicalrelid = 'employer'::regclass) then
        for k in select conname, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'employer'::regclass and contype = 'f' loop
            execute format('alter table employer drop constraint %I', k.conname);
            insert into citus_pending_key values (format('alter table employer add constraint %I %s', k.conname, k.def));
        end loop;
        perform create_reference_table('employer');
    end if;
end $$;

-- The union tree is read by nearly every query: a reference table, a copy on every node, so that any
-- table can join it where it lies. The tables that still refer to it become Citus local tables (on the
-- coordinator, in Citus' metadata).
select create_reference_table('union_org')
 where not exists (select 1 from pg_dist_partition where logicalrelid = 'union_org'::regclass and repmodel = 't');

-- Dictionaries and the other small tables every district reads: reference tables too.
select create_reference_table(t)
  from unnest(array['dict_type', 'dict_item', 'living_standard', 'allowance_rule', 'funds_share', 'funds_closed_month',
                    'map_boundary', 'funds_return_rule', 'annual_form']) t
 where to_regclass(t) is not null
   and not exists (select 1 from pg_dist_partition where logicalrelid = to_regclass(t) and repmodel = 't');

-- The tallies whose triggers read the union tree, now on every worker.
select pg_temp.place_tally(k) from citus_kept_tally k where k.by_tree;

-- Citus cannot cascade a union's new district into a distribution column: the key is checked at commit, by when the
-- services have moved the union's members (DistrictRows) — the members of a moved subtree, a member transferred.
do $$
begin
    if not exists (select 1 from pg_constraint where conrelid = 'union_org'::regclass and conname = 'uq_union_org_district') then
        alter table union_org add constraint uq_union_org_district unique (id, district_id);
    end if;
    if not exists (select 1 from pg_constraint where conrelid = 'member'::regclass and conname = 'ck_member_district') then
        alter table member add constraint ck_member_district foreign key (union_id, district_id)
            references union_org (id, district_id) deferrable initially deferred;
    end if;
end $$;

-- An employer's coverage periods never overlap: PostgreSQL's migrations check it by a statement trigger reading its
-- transition table, which Citus cannot plan ("unrecognized RTE kind"; row triggers in its place saw wrong rows under the
-- application's COPY, Citus 13.2.2); here an exclusion constraint (btree_gist, a trusted extension) with the trigger's
-- constraint name, and so its message.
create extension if not exists btree_gist schema public;
drop trigger if exists coverage_overlap_on_insert on union_org_employer;
drop trigger if exists coverage_overlap_on_update on union_org_employer;
do $$
begin
    if not exists (select 1 from pg_constraint where conrelid = 'union_org_employer'::regclass and conname = 'ck_coverage_no_overlap') then
        alter table union_org_employer add constraint ck_coverage_no_overlap
            exclude using gist (employer_id with =, daterange(from_date, to_date) with &&);
    end if;
end $$;

-- The tables Citus took into its metadata as Citus local tables because they refer to a reference table stay there even
-- when a later change (a migration, or a test's clean-up dropping the tables one by one) takes away their last such
-- reference: Citus would otherwise take them out again, which it cannot do for a table with an identity column.
do $$
declare t regclass;
begin
    for t in select logicalrelid from pg_dist_partition where partmethod = 'n' and repmodel = 's' and autoconverted loop
        perform citus_add_local_table_to_metadata(t);
    end loop;
end $$;

-- Citus recreates a table it adds to its metadata (the tables referring to union_org above) and, with
-- it, the table's identity sequence, which starts again at 1 (seen with Citus 13.2.2): every sequence
-- behind a column is moved past the highest value its column holds.
do $$
declare c record; top bigint;
begin
    for c in select cl.relname as tab, a.attname as col, pg_get_serial_sequence(format('%I.%I', n.nspname, cl.relname), a.attname) as seq
               from pg_class cl join pg_namespace n on n.oid = cl.relnamespace join pg_attribute a on a.attrelid = cl.oid
              where n.nspname = current_schema() and cl.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
                and pg_get_serial_sequence(format('%I.%I', n.nspname, cl.relname), a.attname) is not null
    loop
        execute format('select max(%I) from %I', c.col, c.tab) into top;
        if top is not null and top > coalesce(pg_sequence_last_value(c.seq::regclass), 0) then
            perform setval(c.seq, top);
        end if;
    end loop;
end $$;

-- The foreign keys taken off above, now that every table they join is placed.
do $$
declare k record;
begin
    for k in select stmt from citus_pending_key loop
        execute k.stmt;
    end loop;
    delete from citus_pending_key;
end $$;

-- A cluster placed by a release before V59_20 dropped the sessions' key to their system when it placed the systems (the
-- sessions stayed on the coordinator then); now that they lie beside them, it comes back naming the district.
do $$
begin
    if not exists (select 1 from pg_constraint where conrelid = 'congress_session'::regclass and confrelid = 'workers_congress'::regclass) then
        alter table congress_session add constraint congress_session_congress_id_fkey foreign key (congress_id, district_id)
            references workers_congress (id, district_id) deferrable initially deferred;
    end if;
end $$;

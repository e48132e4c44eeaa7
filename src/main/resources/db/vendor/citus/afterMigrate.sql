-- Places the tables on the Citus cluster (the citus profile); Flyway runs this after every migration
-- run, so every statement is idempotent.

-- The figure tallies are kept by row triggers, which Citus does not run on distributed or reference
-- tables; under the citus profile the figures count the rows instead (unionworks.figures.tallies=false).
do $$
declare t record;
begin
  for t in select tg.tgname, tg.tgrelid::regclass as rel
             from pg_trigger tg join pg_class c on c.oid = tg.tgrelid
            where not tg.tgisinternal and tg.tgname like '%\_tally\_%' and c.relnamespace = current_schema()::regnamespace
  loop
    execute format('drop trigger %I on %s', t.tgname, t.rel);
  end loop;
end $$;

-- The union tree is read by nearly every query: a reference table, a copy on every node, so that any
-- table can join it where it lies. The tables that refer to it become Citus local tables (on the
-- coordinator, in Citus' metadata) until they are distributed themselves.
select create_reference_table('union_org')
 where not exists (select 1 from pg_dist_partition where logicalrelid = 'union_org'::regclass);

-- Dictionaries and the other small tables every district reads: reference tables too.
select create_reference_table(t)
  from unnest(array['dict_type', 'dict_item', 'living_standard', 'allowance_rule', 'funds_share', 'funds_closed_month',
                    'map_boundary']) t
 where to_regclass(t) is not null
   and not exists (select 1 from pg_dist_partition where logicalrelid = to_regclass(t));

-- Two checks of PostgreSQL's migrations are statement triggers reading their transition table, which
-- Citus cannot plan ("unrecognized RTE kind"); row triggers in their place saw wrong rows under the
-- application's COPY (Citus 13.2.2). Both become declarative, with the same constraint names and so
-- the same messages: a member's district is its union's by a composite foreign key (following a union
-- that moves), an employer's coverage periods never overlap by an exclusion constraint (btree_gist,
-- a trusted extension).
drop trigger if exists member_district_on_insert on member;
drop trigger if exists member_district_on_update on member;
do $$
begin
    if not exists (select 1 from pg_constraint where conrelid = 'union_org'::regclass and conname = 'uq_union_org_district') then
        alter table union_org add constraint uq_union_org_district unique (id, district_id);
    end if;
    if not exists (select 1 from pg_constraint where conrelid = 'member'::regclass and conname = 'ck_member_district') then
        alter table member add constraint ck_member_district foreign key (union_id, district_id)
            references union_org (id, district_id) on update cascade;
    end if;
end $$;

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

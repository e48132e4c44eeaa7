-- Two statement triggers on union_org, as V59_14 and V59_15 left them, differed from V59_12's pattern:
-- union_kind_tally_update ran its two tally statements on every update of union_org (a renamed union, a new phone
-- number) without first asking whether any row changed what the tally counts, and democracy_tally_on_union wrote each of
-- its two "which unions changed" conditions twice, once as text and once inline. Both now ask by one count (V59_12: a
-- count is planned as a hash join) over the same text they then use.

-- union_kind_tally_update: as in V59_14__union_kind_tally.sql, with the count asked first
create or replace function union_kind_tally_update() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id where'
        || ' (o.district_id, o.org_type, o.grassroots_kind, o.founded_on, cast(o.created_at as date), o.closed_on)'
        || ' is distinct from (n.district_id, n.org_type, n.grassroots_kind, n.founded_on, cast(n.created_at as date), n.closed_on))';
    changed boolean;
begin
    execute 'select (select count(*) ' || moved || ' > 0' into changed;
    if changed then
        execute union_kind_tally_sql('(select o.* ' || moved, -1);
        execute union_kind_tally_sql('(select n.* ' || moved, 1);
    end if;
    return null;
end;
$$;

-- democracy_tally_on_union: as in V59_15__womens_committee_tally_by_kind.sql, each condition said once
create or replace function democracy_tally_on_union() returns trigger language plpgsql as $$
declare
    moved constant text := 'from changed_old o join changed_new n on n.id = o.id where o.district_id is distinct from n.district_id)';
    rekinded constant text := 'from changed_old o join changed_new n on n.id = o.id'
        || ' where (o.district_id, o.grassroots_kind) is distinct from (n.district_id, n.grassroots_kind))';
    changed boolean;
begin
    execute 'select (select count(*) ' || moved || ' > 0' into changed;
    if changed then
        execute contract_tally_sql('collective_contract', '(select o.* ' || moved, -1);
        execute contract_tally_sql('collective_contract', '(select n.* ' || moved, 1);
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

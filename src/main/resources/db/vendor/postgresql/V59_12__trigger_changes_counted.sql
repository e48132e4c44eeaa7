-- A statement-level trigger asked "did any row change this column?" as exists (select 1 from old rows join new rows ...).
-- PostgreSQL plans an exists to stop at its first match, so it joined the two transition tables by a nested loop; when
-- nothing matched (the usual case: an import changes an employer's headcount, not its industry) it compared every old
-- row with every new one: 107 ms for a statement of 1,000 employers in the benchmark guard's employer import, and a
-- statement of 10,000 would take a hundred times that. The same question as a count has no first match to hope for and
-- is planned as a hash join, linear in the rows. The functions below are their latest versions with only that changed.

-- org_tally_on_union: as in V19_3__figure_tallies.sql
create or replace function org_tally_on_union() returns trigger language plpgsql as $$
declare
    counted constant text := '(o.district_id, o.org_type, o.founded_on, cast(o.created_at as date), o.closed_on)'
        || ' is distinct from (n.district_id, n.org_type, n.founded_on, cast(n.created_at as date), n.closed_on)';
    changed boolean;
begin
    if TG_OP = 'INSERT' then
        execute org_tally_sql(org_tally_union_events('changed_new'), 1);
    elsif TG_OP = 'DELETE' then
        execute org_tally_sql(org_tally_union_events('changed_old'), -1);
    elsif (select count(*) from changed_old o join changed_new n on n.id = o.id where o.district_id is distinct from n.district_id) > 0 then
        perform org_tally_rebuild();
    else
        execute 'select (select count(*) from changed_old o join changed_new n on n.id = o.id where ' || counted || ') > 0' into changed;
        if changed then
            execute org_tally_update_sql(org_tally_union_events('$rows'), counted, -1);
            execute org_tally_update_sql(org_tally_union_events('$rows'), counted, 1);
        end if;
    end if;
    return null;
end;
$$;

-- org_tally_on_employer: as in V19_3__figure_tallies.sql
create or replace function org_tally_on_employer() returns trigger language plpgsql as $$
declare
    counted constant text := '(o.union_id, o.employee_count, o.should_have_union, o.registered_on, o.closed_on)'
        || ' is distinct from (n.union_id, n.employee_count, n.should_have_union, n.registered_on, n.closed_on)';
    changed boolean;
begin
    if TG_OP = 'INSERT' then
        execute org_tally_sql(org_tally_employer_events('changed_new'), 1);
    elsif TG_OP = 'DELETE' then
        execute org_tally_sql(org_tally_employer_events('changed_old'), -1);
    else
        execute 'select (select count(*) from changed_old o join changed_new n on n.id = o.id where ' || counted || ') > 0' into changed;
        if changed then
            execute org_tally_update_sql(org_tally_employer_events('$rows'), counted, -1);
            execute org_tally_update_sql(org_tally_employer_events('$rows'), counted, 1);
        end if;
    end if;
    return null;
end;
$$;

-- org_tally_on_coverage: as in V19_3__figure_tallies.sql
create or replace function org_tally_on_coverage() returns trigger language plpgsql as $$
declare
    counted constant text := '(o.union_id, o.employer_id, o.from_date, o.to_date) is distinct from (n.union_id, n.employer_id, n.from_date, n.to_date)';
    changed boolean;
begin
    if TG_OP = 'INSERT' then
        execute org_tally_sql(org_tally_coverage_events('changed_new', 'employer'), 1);
    elsif TG_OP = 'DELETE' then
        execute org_tally_sql(org_tally_coverage_events('changed_old', 'employer'), -1);
    else
        execute 'select (select count(*) from changed_old o join changed_new n on n.id = o.id where ' || counted || ') > 0' into changed;
        if changed then
            execute org_tally_update_sql(org_tally_coverage_events('$rows', 'employer'), counted, -1);
            execute org_tally_update_sql(org_tally_coverage_events('$rows', 'employer'), counted, 1);
        end if;
    end if;
    return null;
end;
$$;

-- employer_part_tally_on_employer: as in V28_4__org_employer_part_tally.sql
create or replace function employer_part_tally_on_employer() returns trigger language plpgsql as $$
declare
    changed constant text := ' o join changed_new n on n.id = o.id'
        || ' where (o.ownership_type, o.industry) is distinct from (n.ownership_type, n.industry))';
    coverages constant text := '(select c.* from union_org_employer c where c.employer_id in (select o.id from changed_old' || changed || ')';
    heads constant text := '(select h.* from employer_headcount h where h.employer_id in (select o.id from changed_old' || changed || ')';
begin
    if (select count(*) from changed_old o join changed_new n on n.id = o.id
                where (o.ownership_type, o.industry) is distinct from (n.ownership_type, n.industry)) > 0 then
        execute employer_part_events_sql(coverages, 'changed_old', heads, true, -1);
        execute employer_part_buckets_sql(coverages, 'changed_new');
        execute employer_part_events_sql(coverages, 'changed_new', heads, true, 1);
    end if;
    return null;
end;
$$;

-- employer_part_tally_on_union: as in V28_4__org_employer_part_tally.sql
create or replace function employer_part_tally_on_union() returns trigger language plpgsql as $$
begin
    if (select count(*) from changed_old o join changed_new n on n.id = o.id where o.district_id is distinct from n.district_id) > 0 then
        perform employer_part_tally_rebuild();
    end if;
    return null;
end;
$$;

-- democracy_tally_on_union: as in V59_4__womens_committee_tally.sql
create or replace function democracy_tally_on_union() returns trigger language plpgsql as $$
declare
    moved constant text := 'from changed_old o join changed_new n on n.id = o.id where o.district_id is distinct from n.district_id)';
begin
    if (select count(*) from changed_old o join changed_new n on n.id = o.id where o.district_id is distinct from n.district_id) > 0 then
        execute contract_tally_sql('collective_contract', '(select o.* ' || moved, -1);
        execute contract_tally_sql('collective_contract', '(select n.* ' || moved, 1);
        execute proposal_tally_sql('congress_proposal', 'congress_session', '(select o.* ' || moved, -1);
        execute proposal_tally_sql('congress_proposal', 'congress_session', '(select n.* ' || moved, 1);
        execute representative_tally_sql('congress_representative', 'members_congress', '(select o.* ' || moved, -1);
        execute representative_tally_sql('congress_representative', 'members_congress', '(select n.* ' || moved, 1);
        execute womens_committee_tally_sql('womens_committee', '(select o.* ' || moved, -1);
        execute womens_committee_tally_sql('womens_committee', '(select n.* ' || moved, 1);
    end if;
    return null;
end;
$$;

-- democracy_tally_on_congress: as in V50_2__democracy_tallies.sql
create or replace function democracy_tally_on_congress() returns trigger language plpgsql as $$
begin
    if (select count(*) from changed_old o join changed_new n on n.id = o.id where o.union_id is distinct from n.union_id) > 0 then
        perform democracy_tally_rebuild();
    end if;
    return null;
end;
$$;

-- congress_session_flow_on_congress: as in V59_2__congress_session_flow.sql
create or replace function congress_session_flow_on_congress() returns trigger language plpgsql as $$
declare
    moved constant text := 'from old_rows o join new_rows n on n.id = o.id where o.district_id is distinct from n.district_id)';
begin
    if (select count(*) from old_rows o join new_rows n on n.id = o.id where o.district_id is distinct from n.district_id) > 0 then
        execute flow_tally_sql('CG', congress_session_flow_rows('congress_session', '(select o.* ' || moved), -1);
        execute flow_tally_sql('CG', congress_session_flow_rows('congress_session', '(select n.* ' || moved), 1);
    end if;
    return null;
end;
$$;

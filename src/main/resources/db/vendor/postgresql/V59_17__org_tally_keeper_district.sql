-- An employer's keeper (employer.union_id) reaches the union tree's tally only through the keeper's district: the
-- employers that should have a union count where their keeper is, and a covered one counts as "should have, covered"
-- only when its keeper and its covering union are in one district. Its headcount reaches the tally from
-- employer_headcount, never from employee_count. The update trigger nevertheless took every change of union_id or
-- employee_count as a change to count again, took all of such an employer's events out and put them back: the coverage
-- import, which hands each employer to the union now covering it, spent 170 of its 210 ms per 1,000 rows there
-- (benchmark guard, 50,000 coverages: 2,127 rows/s), and a statement of 10,000 such rows took 7 s. Now a row is counted
-- again only when its keeper's district, its "should have a union", its registration or its closing changed.

-- The rows counted again are found by joining the keepers of the old and the new rows (hash joins: a subquery per row
-- for each keeper's district took 197 ms for 5,000 rows).
-- org_tally_on_employer: as in V59_12__trigger_changes_counted.sql but for the rows counted again
create or replace function org_tally_on_employer() returns trigger language plpgsql as $$
declare
    pairs constant text := 'changed_old o join changed_new n on n.id = o.id'
        || ' join union_org ko on ko.id = o.union_id join union_org kn on kn.id = n.union_id'
        || ' where (o.should_have_union, o.registered_on, o.closed_on, ko.district_id)'
        || ' is distinct from (n.should_have_union, n.registered_on, n.closed_on, kn.district_id)';
    changed boolean;
begin
    if TG_OP = 'INSERT' then
        execute org_tally_sql(org_tally_employer_events('changed_new'), 1);
    elsif TG_OP = 'DELETE' then
        execute org_tally_sql(org_tally_employer_events('changed_old'), -1);
    else
        execute 'select (select count(*) from ' || pairs || ') > 0' into changed;
        if changed then
            execute org_tally_sql(replace(org_tally_employer_events('$rows'), '$rows', '(select o.* from ' || pairs || ')'), -1);
            execute org_tally_sql(replace(org_tally_employer_events('$rows'), '$rows', '(select n.* from ' || pairs || ')'), 1);
        end if;
    end if;
    return null;
end;
$$;

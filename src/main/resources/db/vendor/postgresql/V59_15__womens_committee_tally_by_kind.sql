-- 建立女职工委员会的工会 by 基层工会类型 counted the committees from their rows joined to the union tree per request (31 ms
-- of the large city's grassroots-kind breakdown). The committee tally (V59_4) now keeps the union's kind beside how the
-- committee was formed: part 'formed_by/kind' ('' after the slash for a union of no kind, as a federation's own), and a
-- union whose kind changes moves its committee's events as a union changing district does.

create or replace function womens_committee_tally_sql(rows text, unions text, sign int) returns text language sql immutable as $$
    select tally_insert_sql('womens_committee_tally', 'district_id,part', 'committees,members', format($e$
        select coalesce(u.district_id, 0) as district_id, c.formed_by || '/' || coalesce(u.grassroots_kind, '') as part, x.day,
               x.committees, x.committees * c.member_count as members
          from %1$s c join %2$s u on u.id = c.union_id
         cross join lateral (values (c.formed_on, 1), (c.dissolved_on, -1)) x (day, committees)$e$, rows, unions), sign)
$$;

-- The unions whose district changed: their contracts', congresses' and representatives' events move from the old
-- district to the new (V50_4, V59_1); those whose district or kind changed: their women's committees'.
create or replace function democracy_tally_on_union() returns trigger language plpgsql as $$
declare
    moved constant text := 'from changed_old o join changed_new n on n.id = o.id where o.district_id is distinct from n.district_id)';
    rekinded constant text := 'from changed_old o join changed_new n on n.id = o.id'
        || ' where (o.district_id, o.grassroots_kind) is distinct from (n.district_id, n.grassroots_kind))';
begin
    if (select count(*) from changed_old o join changed_new n on n.id = o.id where o.district_id is distinct from n.district_id) > 0 then
        execute contract_tally_sql('collective_contract', '(select o.* ' || moved, -1);
        execute contract_tally_sql('collective_contract', '(select n.* ' || moved, 1);
        execute proposal_tally_sql('congress_proposal', 'congress_session', '(select o.* ' || moved, -1);
        execute proposal_tally_sql('congress_proposal', 'congress_session', '(select n.* ' || moved, 1);
        execute representative_tally_sql('congress_representative', 'members_congress', '(select o.* ' || moved, -1);
        execute representative_tally_sql('congress_representative', 'members_congress', '(select n.* ' || moved, 1);
    end if;
    if (select count(*) from changed_old o join changed_new n on n.id = o.id
         where (o.district_id, o.grassroots_kind) is distinct from (n.district_id, n.grassroots_kind)) > 0 then
        execute womens_committee_tally_sql('womens_committee', '(select o.* ' || rekinded, -1);
        execute womens_committee_tally_sql('womens_committee', '(select n.* ' || rekinded, 1);
    end if;
    return null;
end;
$$;

delete from womens_committee_tally;
do $$
begin
    execute womens_committee_tally_sql('womens_committee', 'union_org', 1);
end $$;
select tally_compact('womens_committee_tally');

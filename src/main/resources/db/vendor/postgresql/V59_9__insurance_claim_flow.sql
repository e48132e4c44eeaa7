-- 互助金给付 (insurance.claims, insurance.payouts) and 累计给付互助金 (insurance.claimsEver, insurance.payoutsEver) summed the
-- city's claims per request: 15.3 + 7.0 + 4.2 ms of the large city's whole-city dashboard, the largest of its statements
-- once the member tallies were read from their indexes (V59_8). Paid claims join the flows (V56_4) as figure IC: +1 and
-- the amount paid on the day paid, in the district the claim keeps; a cumulative figure is the flow up to its date.

create or replace function flow_tally_events(figure text, rows text) returns text language sql immutable as $$
    select case figure
        when 'CG' then format('select x.congress_district as district, x.held_on as day, 1 as n, 0 as a, 0 as b from %s x', rows)
        when 'IC' then format('select coalesce(x.district_id, 0) as district, x.paid_on as day, 1 as n, coalesce(x.amount_paid, 0) as a,'
                              ' 0 as b from %s x where x.union_id is not null', rows)
        else flow_tally_row_events(figure, rows) end
$$;

create trigger flow_tally_ic_on_insert after insert on insurance_claim referencing new table as changed
    for each statement execute function flow_tally_on_change('IC');
create trigger flow_tally_ic_on_delete after delete on insurance_claim referencing old table as changed
    for each statement execute function flow_tally_on_change('IC');
create trigger flow_tally_ic_on_update after update on insurance_claim referencing old table as old_rows new table as new_rows
    for each statement execute function flow_tally_on_change('IC');

do $$
begin
    execute flow_tally_sql('IC', 'insurance_claim', 1);
end $$;
select tally_compact('flow_tally');

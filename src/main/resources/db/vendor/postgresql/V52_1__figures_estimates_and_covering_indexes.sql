-- Three of the dashboard's slower statements at city size (1,000,000 members, 79,000 collective contracts, 140,000
-- 厂务公开 records), measured alone, warm:
-- * 90天内届满 / 任期已满未换届: the planner took a third of the current terms as due (16,672 for 1,491) because a partial
--   index gives no statistics on its expression, costed the union status lookups over the JIT threshold and compiled
--   the statement (about 8 ms) on every request. Statistics on the due day itself set the estimate right.
create statistics if not exists st_union_term_due on (coalesce(postponed_to, ends_on)) from union_term;
analyze union_term;

-- * 集体合同覆盖单位 (and the coverage rate built on it): the contracts in force were found by reading every contract
--   (31 ms); the dates, the union and the id of the signed contracts in an index of their own: 20 ms.
create index if not exists ix_collective_contract_in_force on collective_contract (ends_on, starts_on, id)
    include (terminated_on, union_id) where status in ('SIGNED', 'FILED', 'TERMINATED');

-- * 厂务公开事项 / 实行厂务公开的单位: a period's records read from the table (7.4 ms); from an index of their day with the
--   union and employer: 3.4 ms.
create index if not exists ix_disclosure_published on disclosure (published_on) include (union_id, employer_id);
analyze collective_contract, disclosure;

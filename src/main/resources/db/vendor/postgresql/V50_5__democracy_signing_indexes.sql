-- Contracts signed and filed in a period (新签和续签集体合同, 审查备案, 工资增幅) read every contract: 20-25 ms each for the
-- city's 79,000, more for a district. Index-only by the day with what the figures sum and group by (7 MB at city size):
-- 4-10 ms.
create index if not exists ix_collective_contract_signed on collective_contract (signed_on)
    include (union_id, kind, wage_rise, workers_covered) where signed_on is not null;
create index if not exists ix_collective_contract_filed on collective_contract (filed_on) include (union_id) where filed_on is not null;

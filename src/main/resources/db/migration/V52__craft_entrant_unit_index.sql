-- A contest unit's listed entrants are counted by unit (参赛人次 of a unit that reported no number): without an index
-- PostgreSQL costed that count as a scan of every entrant per unit, which put the craft figure's statement over the
-- JIT threshold (8 ms of compilation for 2 ms of work at city size). The foreign key had no index either.
create index ix_contest_entrant_unit on contest_entrant (unit_id);

-- 90天内届满 and 任期已满未换届 read every term to find the current ones due by a date (130 ms for the large demo city's
-- 62,672 terms, 23 ms at city size): the planner could neither find them by an index nor estimate how few they are
-- (it took a third of the table and hashed the whole union tree). An index on the due day of current terms, which
-- also gives the planner that expression's statistics: 20 ms at large size, of which most is the union status lookups.
create index if not exists ix_union_term_current_due on union_term ((coalesce(postponed_to, ends_on))) include (union_id)
    where status = 'CURRENT';
analyze union_term;

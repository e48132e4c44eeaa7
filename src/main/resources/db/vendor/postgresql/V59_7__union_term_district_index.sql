-- One district's current terms by their deadline (V59_6), as ix_union_term_current_due holds the city's.
create index if not exists ix_union_term_district_due on union_term (district_id, (coalesce(postponed_to, ends_on)))
    include (union_id) where status = 'CURRENT';
analyze union_term;

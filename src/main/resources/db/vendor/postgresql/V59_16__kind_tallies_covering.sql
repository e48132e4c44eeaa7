-- The whole city's grassroots unions by kind read union_kind_tally (V59_14) in full twice, once per range of days (76 ms
-- on the demo city, 46,000 rows of unions founded since the 1950s): its index led by the district serves one district
-- only. Like the member tallies (V59_8), the kind tallies get an index by grain and day covering what their stocks sum.
create index ix_union_kind_tally_days on union_kind_tally (grain, day) include (part, unions);
create index ix_womens_committee_tally_days on womens_committee_tally (grain, day) include (part, committees, members);

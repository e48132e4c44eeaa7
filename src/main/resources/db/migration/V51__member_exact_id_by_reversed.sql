-- A search by a whole ID number reads the reversed number's index (equality on it), which the tail
-- search has anyway; the index of the numbers themselves served only that search, and every member
-- written kept it (128 MB at two million members, one index in nine of each import's rows).
drop index ix_member_id_number;

-- The tallies keyed by bucket (V28_2: a district and a part) were indexed by grain and day only. One district's figures
-- join its few buckets to the tally, and once the server keeps a generic plan for the prepared statement (from the sixth
-- execution on) it cannot tell how few: it looped over the district's buckets reading the whole period of every
-- district each time (member kinds by grassroots kind for one district at city size: 111–144 ms instead of 10). Indexed
-- by bucket, the same plan reads each bucket's own rows.
create index ix_member_kind_tally_district_grain_day on member_kind_tally (district_id, grain, day) include (joined, departed);
create index ix_employer_part_tally_district_grain_day on employer_part_tally (district_id, grain, day);
create index ix_contract_tally_district_grain_day on contract_tally (district_id, grain, day) include (contracts, workers);
create index ix_proposal_tally_district_grain_day on proposal_tally (district_id, grain, day) include (received, handled);
create index ix_contract_cover_tally_district_grain_day on contract_cover_tally (district_id, grain, day) include (employers);

-- A name search counts its matches and then pages them newest first. The name index gave only where
-- the matches are; each was then read from the table for its status, union and id: about 900 table
-- pages for a two-character prefix at 6 million members, twice (the count, then the page), mostly
-- outside shared buffers (38 ms). Carrying status, union and id in the index, the count and the page's
-- ids are read from the index alone (1-2 ms) and the page reads its 20 rows (CappedPages).
-- The index is larger (names repeat, and an index with included columns is not deduplicated:
-- 100 MB -> 314 MB at 6 million members).
drop index ix_member_name_prefix;
create index ix_member_name_prefix on member (name varchar_pattern_ops) include (status, union_id, id);

-- Prefix searches (name, last digits of the ID number via the reversed number) use these
-- indexes whatever the database collation.
create index ix_member_name_prefix on member (name varchar_pattern_ops);
create index ix_member_id_reversed_prefix on member (id_reversed varchar_pattern_ops);

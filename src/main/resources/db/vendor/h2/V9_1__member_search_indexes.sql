create index ix_member_id_reversed on member (id_reversed);

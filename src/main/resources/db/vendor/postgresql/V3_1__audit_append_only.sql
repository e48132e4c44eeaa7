create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only();

-- LIKE 'prefix%' on the materialized path uses this index whatever the database collation.
create index ix_union_org_path_prefix on union_org (path varchar_pattern_ops);

-- H2 compares strings by code point, so the unique index on path already serves prefix searches.
-- The append-only rule for audit_log is kept by the application (no update or delete path exists).
select 1;

-- The caveats of 基层工会数, 新建工会组织数 and 建会率 count the unions and employers whose founding or registration date is
-- known only to the year or month, or not at all: few rows, but each dashboard read every grassroots union (twice) and
-- every employer for them (12-14 ms each at city size, 50,000 unions and 100,000 employers). Partial indexes of just
-- those rows, with what the caveats test.
create index if not exists ix_union_org_rough_founding on union_org (path varchar_pattern_ops)
    include (founded_on, founded_on_precision, created_at, closed_on)
    where org_type = 'GRASSROOTS' and (founded_on is null or founded_on_precision <> 'DAY');
create index if not exists ix_employer_rough_registration on employer (union_id)
    include (should_have_union, registered_on, closed_on) where registered_on_precision <> 'DAY';

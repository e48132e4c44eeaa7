-- 集体合同覆盖单位 (employers covered by a contract in force, each once) for the city and a district without
-- joining every contract's employers per request (city size, 79,000 contracts: 78 ms, the dashboard's slowest
-- figure). An employer's count is not a sum of its contracts' (two contracts covering it at once count once, and
-- once in the city when they belong to two districts), so each employer's contracts are merged into covered
-- spans, kept in contract_cover_span per bucket (V28_2): part 'ED:' of the contract's district, part 'EC:' of the
-- whole city (district 0). A span adds +1 on its first day and -1 on the day after its last to
-- contract_cover_tally, a stock like contract_tally (V50_2); the stock on a day is then the number of spans that
-- hold it, one per employer covered.
-- A statement changing contracts or their employers rebuilds the spans of the employers it touched from the rows:
-- their old spans taken out, the new ones put in.

create table contract_cover_span (
    bucket_id   bigint not null,
    employer_id bigint not null,
    starts_on   date   not null,
    ends        date   not null
);
create index ix_contract_cover_span_employer on contract_cover_span (employer_id);

create table contract_cover_tally (
    district_id bigint  not null,
    grain       char(1) not null default 'D',
    day         date    not null,
    employers   bigint  not null,
    constraint ck_contract_cover_tally_grain check (grain in ('D', 'Y'))
);
create index ix_contract_cover_tally_grain_day on contract_cover_tally (grain, day);

-- Rebuilds the spans of the employers that the query employers (one column, employer_id) names.
create function contract_cover_sql(employers text) returns text language sql immutable as $$
    select format($q$
        insert into tally_bucket (district_id, part)
        select distinct coalesce(c.district_id, 0), 'ED:' from collective_contract c
         where c.id in (select e.contract_id from contract_employer e where e.employer_id in (%1$s))
        union select 0, 'EC:'
        on conflict do nothing;
        with terms as (
            select coalesce(c.district_id, 0) as district, e.employer_id, c.starts_on as s,
                   least(c.ends_on + 1, coalesce(c.terminated_on, c.ends_on + 1)) as e
              from contract_employer e join collective_contract c on c.id = e.contract_id
             where e.employer_id in (%1$s) and c.status in ('SIGNED', 'FILED', 'TERMINATED')
               and c.starts_on is not null and c.ends_on is not null and (c.terminated_on is null or c.terminated_on > c.starts_on)),
        keyed as (
            select b.id as bucket, t.employer_id, t.s, t.e from terms t join tally_bucket b on b.district_id = t.district and b.part = 'ED:'
            union all
            select b.id, t.employer_id, t.s, t.e from terms t join tally_bucket b on b.district_id = 0 and b.part = 'EC:'),
        reach as (
            select k.*, max(k.e) over (partition by k.bucket, k.employer_id order by k.s, k.e
                                       rows between unbounded preceding and 1 preceding) as reached from keyed k),
        islands as (
            select r.*, count(*) filter (where r.reached is null or r.s > r.reached)
                            over (partition by r.bucket, r.employer_id order by r.s, r.e rows unbounded preceding) as island from reach r),
        gone as (
            delete from contract_cover_span x where x.employer_id in (%1$s) returning x.bucket_id, x.starts_on, x.ends),
        added as (
            insert into contract_cover_span (bucket_id, employer_id, starts_on, ends)
            select i.bucket, i.employer_id, min(i.s), max(i.e) from islands i group by i.bucket, i.employer_id, i.island
            returning bucket_id, starts_on, ends)
        %2$s$q$, employers, tally_insert_sql('contract_cover_tally', 'employers', $e$
        select bucket_id as district_id, starts_on as day, -1 as employers from gone
        union all select bucket_id, ends, 1 from gone
        union all select bucket_id, starts_on, 1 from added
        union all select bucket_id, ends, -1 from added$e$, 1))
$$;

-- Writers of contracts take turns here until they commit, so that each rebuild reads the spans and rows the one
-- before it left (each statement of a trigger function reads what is committed when it starts). The triggers run
-- the text themselves: their transition tables are not visible inside other functions.
create function contract_cover_tally_on_link() returns trigger language plpgsql as $$
begin
    lock table contract_cover_span in share row exclusive mode;
    if TG_OP = 'UPDATE' then
        execute contract_cover_sql('select employer_id from old_rows union select employer_id from new_rows');
    else
        execute contract_cover_sql('select employer_id from changed');
    end if;
    return null;
end;
$$;

create function contract_cover_tally_on_contract() returns trigger language plpgsql as $$
begin
    lock table contract_cover_span in share row exclusive mode;
    if TG_OP = 'UPDATE' then
        execute contract_cover_sql('select e.employer_id from contract_employer e join new_rows n on n.id = e.contract_id'
            || ' join old_rows o on o.id = n.id where (o.district_id, o.status, o.starts_on, o.ends_on, o.terminated_on)'
            || ' is distinct from (n.district_id, n.status, n.starts_on, n.ends_on, n.terminated_on)');
    else
        execute contract_cover_sql('select e.employer_id from contract_employer e join changed c on c.id = e.contract_id');
    end if;
    return null;
end;
$$;

create trigger contract_cover_tally_on_insert after insert on contract_employer
    referencing new table as changed for each statement execute function contract_cover_tally_on_link();
create trigger contract_cover_tally_on_delete after delete on contract_employer
    referencing old table as changed for each statement execute function contract_cover_tally_on_link();
create trigger contract_cover_tally_on_update after update on contract_employer
    referencing old table as old_rows new table as new_rows for each statement execute function contract_cover_tally_on_link();
create trigger contract_cover_tally_contract_insert after insert on collective_contract
    referencing new table as changed for each statement execute function contract_cover_tally_on_contract();
create trigger contract_cover_tally_contract_delete after delete on collective_contract
    referencing old table as changed for each statement execute function contract_cover_tally_on_contract();
create trigger contract_cover_tally_contract_update after update on collective_contract
    referencing old table as old_rows new table as new_rows for each statement execute function contract_cover_tally_on_contract();

-- The contracts already there.
do $$ begin execute contract_cover_sql('select distinct employer_id from contract_employer'); end $$;
select tally_compact('contract_cover_tally');

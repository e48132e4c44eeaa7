-- #27: a union's founding date and an employer's registration date may be known only to the year or the
-- month (kept as the period's first day), or not at all and counted on a stated date (ASSUMED). A union
-- with no founding date at all is counted from the day it was entered, as before; the data-quality list
-- and the figures' caveats name both kinds.
alter table union_org add column founded_on_precision varchar(8) not null default 'DAY';
alter table union_org add constraint ck_union_org_founded_precision
    check (founded_on_precision in ('DAY', 'MONTH', 'YEAR', 'ASSUMED'));

alter table employer add column registered_on_precision varchar(8) not null default 'DAY';
alter table employer add constraint ck_employer_registered_precision
    check (registered_on_precision in ('DAY', 'MONTH', 'YEAR', 'ASSUMED'));

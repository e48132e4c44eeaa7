-- 延期换届: a union whose term is ending asks its upper union to postpone the election (reason and new deadline);
-- once approved (文号, date) the term's deadline for reminders and figures is the new one, the term's own end unchanged.
alter table union_term add column postponement_asked_to date;
alter table union_term add column postponement_reason varchar(200);
alter table union_term add column postponed_to date;
alter table union_term add column postponement_no varchar(50);
alter table union_term add column postponement_approved_on date;
alter table union_term add constraint ck_union_term_postponement check (
    (postponement_asked_to is null or (postponement_asked_to > ends_on and postponement_reason is not null))
    and (postponed_to is null or (postponed_to > ends_on and postponement_no is not null and postponement_approved_on is not null)));

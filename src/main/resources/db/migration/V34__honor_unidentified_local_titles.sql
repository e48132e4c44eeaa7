-- #27: public winner lists (技术能手, 五一劳动奖章) give name, employer and post, never an ID number. A person
-- may be registered without one, by name and employer, until a cadre confirms who it is: the ID number
-- of a matching member, or a merge into the model worker already registered (merged_into; the merged
-- record keeps its history and drops out of lists and figures, its honors moved).
alter table honoree drop constraint ck_honoree_person;
alter table honoree add column merged_into bigint references honoree (id);
alter table honoree add constraint ck_honoree_person
    check (kind = 'COLLECTIVE' or id_number is not null or employer_name is not null or merged_into is not null);
create index ix_honoree_name on honoree (name);

-- Local titles (县五一劳动奖章, 市技术能手) are added by the union that confers them, for its own subtree:
-- conferred_by names it; null is the deployment-wide catalogue. catalogue_key repeats it (0 for the
-- catalogue) so that a name is unique within each catalogue without an expression index.
alter table honor_title add column conferred_by bigint references union_org (id);
alter table honor_title add column catalogue_key bigint not null default 0;
alter table honor_title add constraint ck_honor_title_catalogue check (catalogue_key = coalesce(conferred_by, 0));
alter table honor_title drop constraint uq_honor_title;
alter table honor_title add constraint uq_honor_title unique (name, level, catalogue_key);

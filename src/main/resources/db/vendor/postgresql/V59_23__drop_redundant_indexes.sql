-- Four plain indexes whose columns lead a unique index of the same table (IndexRulesApiTest): every query and
-- foreign-key check they served reads the unique index as well, and each write kept both. PostgreSQL's alone: H2
-- holds each of them for a foreign key of its own.
drop index ix_honor_award_honoree;
drop index ix_insurance_enrolment_union;
drop index ix_election_candidate_process;
drop index ix_congress_representative;

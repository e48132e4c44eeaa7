-- A federation that starts mid-year enters last year's files as they were: 补录 marks a file entered
-- afterwards by an upper union, with its real filing (and exit) dates, so that it can be told apart.
alter table hardship_file add column backfilled boolean default false not null;

-- Aid reaches persons as well as households: a 金秋助学 grant names the child it is for. Empty means
-- the worker named on the file.
alter table aid_record add column beneficiary varchar(50);

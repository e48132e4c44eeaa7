-- #27: what an old source does not say is unknown (null), never 0. A file back-filled from an aid ledger
-- that gives only name, ID number and amount may leave household size and income unknown; a new file
-- must state them (the filing standard judges it). An activity taken from an old list may not know how
-- many took part; the figures leave it out and say how many they left out.
alter table hardship_file alter column household_size drop not null;
alter table hardship_file alter column monthly_income drop not null;
alter table hardship_file drop constraint ck_hardship_file_numbers;
alter table hardship_file add constraint ck_hardship_file_numbers
    check ((household_size is null or household_size between 1 and 30) and (monthly_income is null or monthly_income >= 0)
        and months_below_standard >= 0);
alter table hardship_file add constraint ck_hardship_file_household_known
    check (backfilled or (household_size is not null and monthly_income is not null));

alter table activity alter column participants drop default;
alter table activity alter column participants drop not null;

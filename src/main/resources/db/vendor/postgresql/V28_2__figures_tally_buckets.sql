-- Keys for tallies that count by something besides the district (V28_3 members by union kind, V28_4
-- employers by type and industry): a bucket is a district and a part, and such a tally keeps the
-- bucket's id where the others keep the district, so that appending, folding and reading stay as in V19_3.
create table tally_bucket (
    id          bigint generated always as identity primary key,
    district_id bigint      not null,
    part        varchar(30) not null,
    constraint uq_tally_bucket unique (district_id, part)
);

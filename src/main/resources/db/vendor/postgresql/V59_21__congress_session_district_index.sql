-- One district's sessions by the day they were held (V59_20); the proposals are found by their session.
create index if not exists ix_congress_session_district on congress_session (district_id, held_on) include (congress_id);
analyze congress_session, congress_proposal;

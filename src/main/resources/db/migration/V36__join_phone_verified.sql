-- An online application says whether its phone was proved by a code: without an SMS gateway none is sent,
-- and the union confirms the applicant by telephone instead.
alter table join_application add column phone_verified boolean default true not null;

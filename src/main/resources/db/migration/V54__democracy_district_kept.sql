-- 职代会, 厂务公开 and women workers' special protection keep their union's district too, like collective contracts (V53):
-- one district's figures find them by it (the sessions of a district's congresses, its disclosures and protections were
-- read for the whole city and joined to the union tree: 8 + 6 + 6 + 8 + 8 + 4 ms of a district's dashboard at city size).
alter table workers_congress add column district_id bigint;
alter table disclosure add column district_id bigint;
alter table womens_protection add column district_id bigint;
update workers_congress w set district_id = (select u.district_id from union_org u where u.id = w.union_id);
update disclosure d set district_id = (select u.district_id from union_org u where u.id = d.union_id);
update womens_protection p set district_id = (select u.district_id from union_org u where u.id = p.union_id);

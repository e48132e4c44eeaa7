-- A collective contract keeps its union's district (the union's own id for a district federation's regional contract,
-- none for the city federation's), written with the contract and following a subtree that moves, as members,
-- remittances and needy-worker files do: one district's figures find its contracts by that column instead of reading
-- the whole city's and keeping those under the district (27 ms for the contracts in force of one district at city
-- size), and it is the key a distributed database places the contracts by (#25).
alter table collective_contract add column district_id bigint;
update collective_contract c set district_id = (select u.district_id from union_org u where u.id = c.union_id);

-- A correction has its entry's employer, union and district (Remittance.correcting), but an import that matched an entry
-- to an employer registered since left the entry's corrections behind until the next rematch. They follow their entry
-- now (RemittanceImportDefinition), those left behind are brought to it here, and a distributed database refers from a
-- correction to its entry by id and district (#25).
update remittance c
   set employer_id = (select o.employer_id from remittance o where o.id = c.correction_of),
       union_id = (select o.union_id from remittance o where o.id = c.correction_of),
       district_id = (select o.district_id from remittance o where o.id = c.correction_of)
 where c.correction_of is not null
   and exists (select 1 from remittance o
                where o.id = c.correction_of
                  and (o.district_id <> c.district_id or o.union_id <> c.union_id
                       or coalesce(o.employer_id, -1) <> coalesce(c.employer_id, -1)));

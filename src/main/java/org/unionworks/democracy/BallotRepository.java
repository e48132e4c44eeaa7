package org.unionworks.democracy;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BallotRepository extends JpaRepository<Ballot, Long> {

    long countByProcessId(long processId);

    @Query("select b.processId, count(b) from Ballot b where b.processId in :processIds group by b.processId")
    List<Object[]> countByProcessIds(@Param("processIds") Collection<Long> processIds);

    @Query("select b.memberId from Ballot b where b.processId = :processId and b.memberId in :memberIds")
    Set<Long> issuedAmong(long processId, Collection<Long> memberIds);
}

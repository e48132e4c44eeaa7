package org.unionworks.democracy;

import java.util.Collection;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BallotRepository extends JpaRepository<Ballot, Long> {

    long countByProcessId(long processId);

    @Query("select b.memberId from Ballot b where b.processId = :processId and b.memberId in :memberIds")
    Set<Long> issuedAmong(long processId, Collection<Long> memberIds);
}

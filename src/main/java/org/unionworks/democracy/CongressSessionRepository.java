package org.unionworks.democracy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CongressSessionRepository extends JpaRepository<CongressSession, Long> {

    List<CongressSession> findByCongressIdOrderByHeldOnDesc(long congressId);

    /** Per congress of a page: sessions held, the last day held, and proposals not yet closed — in one query. */
    @Query("""
            select s.congressId, count(distinct s.id), max(s.heldOn), count(p.id)
              from CongressSession s left join CongressProposal p on p.sessionId = s.id and p.districtId = s.districtId
                   and p.status in (org.unionworks.democracy.CongressProposal.Status.SUBMITTED,
                                    org.unionworks.democracy.CongressProposal.Status.ACCEPTED)
             where s.congressId in :congressIds group by s.congressId""")
    List<Object[]> summaries(java.util.Collection<Long> congressIds);
}

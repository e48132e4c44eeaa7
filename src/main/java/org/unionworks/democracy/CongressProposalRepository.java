package org.unionworks.democracy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CongressProposalRepository extends JpaRepository<CongressProposal, Long> {

    List<CongressProposal> findBySessionIdOrderById(long sessionId);
}

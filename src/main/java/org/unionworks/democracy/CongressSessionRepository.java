package org.unionworks.democracy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CongressSessionRepository extends JpaRepository<CongressSession, Long> {

    List<CongressSession> findByCongressIdOrderByHeldOnDesc(long congressId);
}

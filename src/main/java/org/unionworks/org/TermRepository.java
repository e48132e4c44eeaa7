package org.unionworks.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TermRepository extends JpaRepository<Term, Long> {

    List<Term> findByUnionIdOrderByTermNoDesc(long unionId);

    Optional<Term> findByUnionIdAndStatus(long unionId, TermStatus status);
}

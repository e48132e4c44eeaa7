package org.unionworks.honor;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

    List<Objection> findByNominationIdOrderById(long nominationId);

    long countByNominationIdAndResolvedAtIsNull(long nominationId);

    /** Locked, so that two answers to one objection cannot both be kept. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Objection o where o.id = :id")
    Optional<Objection> findForAnswer(long id);
}

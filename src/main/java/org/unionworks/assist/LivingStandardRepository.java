package org.unionworks.assist;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LivingStandardRepository extends JpaRepository<LivingStandard, Long> {

    List<LivingStandard> findAllByOrderByDivisionCodeAscEffectiveFromDesc();

    /** The standard in force on a date: the latest that took effect by then. */
    Optional<LivingStandard> findFirstByDivisionCodeAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(
            String divisionCode, LocalDate on);
}

package org.unionworks.funds;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReturnRuleRepository extends JpaRepository<ReturnRule, Long> {

    List<ReturnRule> findAllByOrderByEffectiveFromDesc();

    Optional<ReturnRule> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate day);

    Optional<ReturnRule> findByEffectiveFrom(LocalDate day);
}

package org.unionworks.honor;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AllowanceRuleRepository extends JpaRepository<AllowanceRule, Long> {

    List<AllowanceRule> findAllByOrderByLevelAscEffectiveFromDesc();

    boolean existsByLevelAndEffectiveFrom(String level, java.time.LocalDate effectiveFrom);
}

package org.unionworks.governance;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RuleRevisionRepository extends JpaRepository<RuleRevision, Long> {

    List<RuleRevision> findByRuleIdOrderByRevisionNoDesc(long ruleId);
}

package org.unionworks.service;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProgrammeStandardRepository extends JpaRepository<ProgrammeStandard, Long>, JpaSpecificationExecutor<ProgrammeStandard> {
}

package org.unionworks.service;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InsuranceEnrolmentRepository extends JpaRepository<InsuranceEnrolment, Long>, JpaSpecificationExecutor<InsuranceEnrolment> {

    Optional<InsuranceEnrolment> findByUnionIdAndCoverYearAndUnitName(long unionId, int year, String unitName);
}

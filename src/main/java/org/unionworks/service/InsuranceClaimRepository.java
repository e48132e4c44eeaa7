package org.unionworks.service;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InsuranceClaimRepository extends JpaRepository<InsuranceClaim, Long>, JpaSpecificationExecutor<InsuranceClaim> {

    Optional<InsuranceClaim> findByIdNumberAndClaimedOnAndIllnessCategory(String idNumber, LocalDate claimedOn, String illnessCategory);
}

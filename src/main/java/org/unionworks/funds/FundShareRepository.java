package org.unionworks.funds;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundShareRepository extends JpaRepository<FundShare, Long> {

    List<FundShare> findAllByOrderByPayerTypeAscEffectiveFromDesc();

    Optional<FundShare> findByPayerTypeAndEffectiveFrom(Remittance.PayerType payerType, LocalDate effectiveFrom);
}

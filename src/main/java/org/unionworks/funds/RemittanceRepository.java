package org.unionworks.funds;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface RemittanceRepository extends JpaRepository<Remittance, Long>, JpaSpecificationExecutor<Remittance> {

    Optional<Remittance> findByCreditCodeAndFundsMonthAndPayerTypeAndEntryNo(String creditCode, LocalDate month,
                                                                             Remittance.PayerType payerType, int entryNo);

    @Query("select coalesce(max(r.entryNo), 0) from Remittance r where r.creditCode = ?1 and r.fundsMonth = ?2 and r.payerType = ?3")
    int lastEntryNo(String creditCode, LocalDate month, Remittance.PayerType payerType);

    List<Remittance> findByEmployerIdIsNullAndCreditCodeIn(List<String> codes);

    List<Remittance> findByEmployerIdIsNull();

    List<Remittance> findByCorrectionOfIn(Collection<Long> entryIds);
}

package org.unionworks.funds;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClosedMonthRepository extends JpaRepository<ClosedMonth, Long> {

    boolean existsByFundsMonth(LocalDate month);

    List<ClosedMonth> findAllByOrderByFundsMonthDesc();
}

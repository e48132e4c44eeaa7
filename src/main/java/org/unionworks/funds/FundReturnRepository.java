package org.unionworks.funds;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface FundReturnRepository extends JpaRepository<FundReturn, Long>, JpaSpecificationExecutor<FundReturn> {

    boolean existsByEmployerIdAndYearAndEntryNo(long employerId, int year, int entryNo);

    @Query("select coalesce(max(r.entryNo), 0) from FundReturn r where r.employerId = ?1 and r.year = ?2")
    int lastEntryNo(long employerId, int year);

    List<FundReturn> findByYearAndEntryNoAndEmployerIdIn(int year, int entryNo, Collection<Long> employerIds);
}

package org.unionworks.statistics;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AnnualReturnRepository extends JpaRepository<AnnualReturn, Long>, JpaSpecificationExecutor<AnnualReturn> {

    Optional<AnnualReturn> findByUnionIdAndStatYear(long unionId, int statYear);

    List<AnnualReturn> findByUnionIdInAndStatYear(java.util.Collection<Long> unionIds, int statYear);

    List<AnnualReturn> findByStatYear(int statYear);

    List<AnnualReturn> findByStatYearAndStatusIn(int statYear, java.util.Collection<AnnualReturn.Status> statuses);
}

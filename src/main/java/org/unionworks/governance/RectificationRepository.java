package org.unionworks.governance;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RectificationRepository extends JpaRepository<Rectification, Long>, JpaSpecificationExecutor<Rectification> {

    long countByResearchId(long researchId);

    /** The items' progress in one statement, without loading each item's eagerly fetched evidence. */
    @Query("select new org.unionworks.governance.RectificationRepository$ProgressRow(r.id, r.status, r.deadline, r.doneOn)"
            + " from Rectification r where r.id in :ids")
    List<ProgressRow> progressOf(@Param("ids") Collection<Long> ids);

    record ProgressRow(Long id, RectificationStatus status, java.time.LocalDate deadline, java.time.LocalDate doneOn) {
    }
}

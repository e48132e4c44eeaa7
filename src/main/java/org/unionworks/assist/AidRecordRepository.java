package org.unionworks.assist;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AidRecordRepository extends JpaRepository<AidRecord, Long>, JpaSpecificationExecutor<AidRecord> {

    List<AidRecord> findByFileIdOrderByAidOnDesc(long fileId);
}

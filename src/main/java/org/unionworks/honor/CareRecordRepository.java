package org.unionworks.honor;

import org.springframework.data.jpa.repository.JpaRepository;

interface CareRecordRepository extends JpaRepository<CareRecord, Long> {

    java.util.List<CareRecord> findByHonoreeId(long honoreeId);
}

package org.unionworks.assist;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface HardshipFileRepository extends JpaRepository<HardshipFile, Long>, JpaSpecificationExecutor<HardshipFile> {
}

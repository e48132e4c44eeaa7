package org.unionworks.activity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface WorkGroupRepository extends JpaRepository<WorkGroup, Long>, JpaSpecificationExecutor<WorkGroup> {
}

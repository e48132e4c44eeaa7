package org.unionworks.activity;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkGroupRepository extends JpaRepository<WorkGroup, Long> {
}

package org.unionworks.activity;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, Long>, org.springframework.data.jpa.repository.JpaSpecificationExecutor<Activity> {
}

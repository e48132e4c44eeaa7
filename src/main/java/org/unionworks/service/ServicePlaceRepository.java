package org.unionworks.service;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ServicePlaceRepository extends JpaRepository<ServicePlace, Long>, JpaSpecificationExecutor<ServicePlace> {
}

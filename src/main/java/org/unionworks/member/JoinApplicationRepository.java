package org.unionworks.member;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface JoinApplicationRepository extends JpaRepository<JoinApplication, Long> {

    Page<JoinApplication> findByStatus(ApplicationStatus status, Pageable pageable);

    long countByStatus(ApplicationStatus status);
}

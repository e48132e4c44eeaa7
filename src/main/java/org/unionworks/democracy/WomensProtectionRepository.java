package org.unionworks.democracy;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface WomensProtectionRepository extends JpaRepository<WomensProtection, Long>, JpaSpecificationExecutor<WomensProtection> {

    Optional<WomensProtection> findByEmployerIdAndYear(long employerId, int year);
}

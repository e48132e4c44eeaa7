package org.unionworks.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EmployerRepository extends JpaRepository<Employer, Long>, JpaSpecificationExecutor<Employer> {

    Optional<Employer> findByCreditCode(String creditCode);

    List<Employer> findByUnionId(long unionId);

    List<Employer> findByCreditCodeIn(java.util.Collection<String> codes);
}

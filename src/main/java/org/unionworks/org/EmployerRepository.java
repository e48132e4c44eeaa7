package org.unionworks.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EmployerRepository extends JpaRepository<Employer, Long>, JpaSpecificationExecutor<Employer> {

    Optional<Employer> findByCreditCode(String creditCode);

    List<Employer> findByUnionId(long unionId);

    /** Whether any employer of the city holds the code, in the caller's data scope or not (native: unfiltered). */
    @org.springframework.data.jpa.repository.Query(value = "select count(*) from employer where credit_code = :code",
            nativeQuery = true)
    long countAnywhereByCreditCode(String code);
}

package org.unionworks.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HeadcountRepository extends JpaRepository<Headcount, Long> {

    List<Headcount> findByEmployerIdOrderByCountedOnDesc(long employerId);

    Optional<Headcount> findByEmployerIdAndCountedOn(long employerId, LocalDate countedOn);

    Optional<Headcount> findFirstByEmployerIdOrderByCountedOnDesc(long employerId);
}

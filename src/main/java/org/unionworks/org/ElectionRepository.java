package org.unionworks.org;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ElectionRepository extends JpaRepository<Election, Long> {

    Optional<Election> findByTermId(long termId);
}

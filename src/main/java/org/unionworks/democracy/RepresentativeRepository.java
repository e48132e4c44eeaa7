package org.unionworks.democracy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RepresentativeRepository extends JpaRepository<Representative, Long> {

    List<Representative> findByCongressIdOrderByIdAsc(long congressId);
}

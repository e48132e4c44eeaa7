package org.unionworks.democracy;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DisclosureRepository extends JpaRepository<Disclosure, Long>, JpaSpecificationExecutor<Disclosure> {
}

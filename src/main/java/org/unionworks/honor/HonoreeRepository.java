package org.unionworks.honor;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface HonoreeRepository extends JpaRepository<Honoree, Long>, JpaSpecificationExecutor<Honoree> {
}

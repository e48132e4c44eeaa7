package org.unionworks.rights;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OutreachRepository extends JpaRepository<Outreach, Long>, JpaSpecificationExecutor<Outreach> {
}

package org.unionworks.rights;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RightsCaseRepository extends JpaRepository<RightsCase, Long>, JpaSpecificationExecutor<RightsCase> {
}

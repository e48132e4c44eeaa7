package org.unionworks.craft;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InnovationStudioRepository extends JpaRepository<InnovationStudio, Long>, JpaSpecificationExecutor<InnovationStudio> {
}

package org.unionworks.governance;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface MajorMatterRepository extends JpaRepository<MajorMatter, Long>, JpaSpecificationExecutor<MajorMatter> {
}

package org.unionworks.governance;

import org.springframework.data.jpa.repository.JpaRepository;

interface MajorMatterRepository extends JpaRepository<MajorMatter, Long> {
}

package org.unionworks.democracy;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface WorkersCongressRepository extends JpaRepository<WorkersCongress, Long>, JpaSpecificationExecutor<WorkersCongress> {
}

package org.unionworks.democracy;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

    List<Candidate> findByProcessIdOrderByBodyAscIdAsc(long processId);

    List<Candidate> findByProcessIdIn(Collection<Long> processIds);
}

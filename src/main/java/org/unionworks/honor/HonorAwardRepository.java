package org.unionworks.honor;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HonorAwardRepository extends JpaRepository<HonorAward, Long> {

    List<HonorAward> findByHonoreeIdOrderByAwardYearDesc(long honoreeId);
}

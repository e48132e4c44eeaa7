package org.unionworks.honor;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HonorTitleRepository extends JpaRepository<HonorTitle, Long> {

    List<HonorTitle> findAllByOrderByLevelAscIdAsc();
}

package org.unionworks.org;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CensusRepository extends JpaRepository<Census, Long> {

    List<Census> findAllByOrderByIdDesc();
}

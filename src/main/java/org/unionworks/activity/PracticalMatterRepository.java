package org.unionworks.activity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PracticalMatterRepository extends JpaRepository<PracticalMatter, Long> {

    List<PracticalMatter> findByGroupIdOrderByDoneOn(long groupId);
}

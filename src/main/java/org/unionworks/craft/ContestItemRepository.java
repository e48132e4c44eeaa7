package org.unionworks.craft;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContestItemRepository extends JpaRepository<ContestItem, Long> {

    List<ContestItem> findByContestIdOrderById(long contestId);
}

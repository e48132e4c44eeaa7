package org.unionworks.craft;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StudioAchievementRepository extends JpaRepository<StudioAchievement, Long> {

    List<StudioAchievement> findByStudioIdOrderByAchievedOnDesc(long studioId);
}

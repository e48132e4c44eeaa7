package org.unionworks.craft;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StudioReviewRepository extends JpaRepository<StudioReview, Long> {

    List<StudioReview> findByStudioIdOrderByReviewYearDesc(long studioId);

    boolean existsByStudioIdAndReviewYear(long studioId, int reviewYear);
}

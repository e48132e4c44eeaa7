package org.unionworks.assist;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FileReviewRepository extends JpaRepository<FileReview, Long> {

    List<FileReview> findByFileIdOrderByReviewedOnDesc(long fileId);
}

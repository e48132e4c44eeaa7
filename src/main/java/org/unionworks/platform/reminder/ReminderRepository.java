package org.unionworks.platform.reminder;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReminderRepository extends JpaRepository<Reminder, Long> {

    Page<Reminder> findByKind(String kind, Pageable pageable);

    @Query("select r.kind, count(r) from Reminder r group by r.kind")
    List<Object[]> countByKind();
}

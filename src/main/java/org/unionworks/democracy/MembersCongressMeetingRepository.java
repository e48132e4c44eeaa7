package org.unionworks.democracy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MembersCongressMeetingRepository extends JpaRepository<MembersCongressMeeting, Long> {

    List<MembersCongressMeeting> findByCongressIdOrderByHeldOnDesc(long congressId);
}

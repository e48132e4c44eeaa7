package org.unionworks.member;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberStatusChangeRepository extends JpaRepository<MemberStatusChange, Long> {

    List<MemberStatusChange> findByMemberIdOrderByChangedOnDescIdDesc(long memberId);
}

package org.unionworks.member;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface MemberRepository extends JpaRepository<Member, Long>, JpaSpecificationExecutor<Member> {

    List<Member> findByUnionIdAndEmployerIdAndStatusIn(long unionId, long employerId, List<MemberStatus> statuses);

    List<Member> findByUnionIdAndStatusIn(long unionId, List<MemberStatus> statuses);

    boolean existsByCardNo(String cardNo);
}

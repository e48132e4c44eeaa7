package org.unionworks.democracy;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface MembersCongressRepository extends JpaRepository<MembersCongress, Long>, JpaSpecificationExecutor<MembersCongress> {

    Optional<MembersCongress> findByUnionId(long unionId);
}

package org.unionworks.platform.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long>, JpaSpecificationExecutor<AppUser> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByUnionIdAndEnabledTrue(long unionId);

    @Query(value = "select count(*) from app_user_role where role_id = :roleId", nativeQuery = true)
    long countWithRole(long roleId);
}

package org.unionworks.platform.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long>, JpaSpecificationExecutor<AppUser> {

    Optional<AppUser> findByUsername(String username);

    /** For a login: concurrent logins of one account wait for each other, so none fails and every failure counts. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.username = :username")
    Optional<AppUser> lockByUsername(String username);

    List<AppUser> findByUnionIdAndEnabledTrue(long unionId);

    @Query(value = "select count(*) from app_user_role where role_id = :roleId", nativeQuery = true)
    long countWithRole(long roleId);

    /** A role's permissions changed: its holders sign in again to get the new ones. */
    @org.springframework.data.jpa.repository.Modifying
    @Query(value = "update app_user set session_stamp = session_stamp + 1"
            + " where id in (select user_id from app_user_role where role_id = :roleId)", nativeQuery = true)
    int endSessionsOfRole(long roleId);
}

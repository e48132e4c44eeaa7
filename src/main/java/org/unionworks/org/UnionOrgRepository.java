package org.unionworks.org;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UnionOrgRepository extends JpaRepository<UnionOrg, Long>, JpaSpecificationExecutor<UnionOrg> {

    List<UnionOrg> findByParentIdAndStatusOrderBySortOrderAscNameAsc(long parentId, OrgStatus status);

    List<UnionOrg> findByParentIdAndStatus(long parentId, OrgStatus status);

    List<UnionOrg> findByNameAndStatus(String name, OrgStatus status);

    Optional<UnionOrg> findByCreditCode(String creditCode);

    Optional<UnionOrg> findByParentIdAndNameAndStatus(long parentId, String name, OrgStatus status);

    List<UnionOrg> findByParentIdInAndNameInAndStatus(java.util.Collection<Long> parentIds, java.util.Collection<String> names, OrgStatus status);

    @Query("select o.parentId, count(o) from UnionOrg o where o.parentId in :ids and o.status = :status group by o.parentId")
    List<Object[]> countChildren(Collection<Long> ids, OrgStatus status);

    /** Rewrites the paths of a whole subtree in one statement. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update UnionOrg o set o.path = concat(:newPath, substring(o.path, :keepFrom)),
                   o.depth = o.depth + :depthDelta, o.districtId = :districtId,
                   o.version = o.version + 1, o.updatedAt = :now
            where o.path like :oldPrefix""")
    int moveSubtree(String oldPrefix, String newPath, int keepFrom, int depthDelta, Long districtId, OffsetDateTime now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UnionOrg o set o.parentId = :parentId where o.id = :id")
    void reparent(long id, long parentId);
}

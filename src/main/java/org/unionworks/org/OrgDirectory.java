package org.unionworks.org;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Read access to unions and employers for other modules, within the caller's data scope. */
public interface OrgDirectory {

    Optional<UnionInfo> union(long id);

    /**
     * A union whatever the caller's scope: names of unions are public (a member is transferred to a
     * union in another district; a worker applying online picks one).
     */
    Optional<UnionInfo> anyUnion(long id);

    /**
     * The district of a union (its own id for a district federation, 0 for the city federation itself, null for an unknown id): what
     * a module's rows that keep their union's district ({@code SubtreeDistricts.Kept}) are written with.
     */
    default Long districtOf(long unionId) {
        return anyUnion(unionId).map(UnionInfo::districtId).orElse(null);
    }

    /** {@link #anyUnion} for many ids in one query; ids that do not exist are absent. */
    Map<Long, UnionInfo> anyUnions(Collection<Long> ids);

    /**
     * The active unions in the subtree of a visible union (it included), in tree order: the unions an annual
     * statistical return is asked of. 404 outside the caller's scope.
     */
    java.util.List<UnionInfo> activeSubtree(long unionId);

    /**
     * Every union of a visible union's subtree, whatever its status, that is a grassroots union or lies below one,
     * mapped to that grassroots union (itself for a grassroots union): how records of sub-unions and groups add up to
     * their grassroots union's figures.
     */
    Map<Long, Long> grassrootsOf(long unionId);

    /** The active unions directly below a visible union, in tree order. */
    java.util.List<UnionInfo> activeChildren(long unionId);

    Optional<EmployerInfo> employer(long id);

    /** Employers' names by id, in one query (for a page of a list). */
    Map<Long, String> employerNames(Collection<Long> ids);

    /** The visible employer with this unified social credit code, if any. */
    default Optional<EmployerInfo> employerByCreditCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(employersByCreditCode(java.util.List.of(code)).get(code));
    }

    /** Employers by unified social credit code, for the codes that exist and are visible. */
    Map<String, EmployerInfo> employersByCreditCode(Collection<String> codes);

    /**
     * Visible employers by unified social credit code with their owner union's district and headcount, in one query
     * however many codes (a chunk of a tax office's sheet).
     */
    Map<String, EmployerProfile> employerProfiles(Collection<String> codes);

    /** {@link #employerProfiles} by id, for a page of a list. */
    Map<Long, EmployerProfile> employerProfilesById(Collection<Long> ids);

    /** Ids of the active employers a union under {@code unionId} (or it) covers now, in id order. */
    java.util.List<Long> coveredEmployerIds(long unionId);

    /** Ids of the active employers kept by a union under {@code unionId} (or it) that no union covers now, in id order. */
    java.util.List<Long> uncoveredEmployerIds(long unionId);
}

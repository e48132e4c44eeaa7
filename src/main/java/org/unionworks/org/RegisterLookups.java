package org.unionworks.org;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.data.KeyLookups;

/** What the employer register and the union tree say about an import chunk's credit codes and unions, one query each. */
@Component
class RegisterLookups {

    /** An employer as registered: whether the caller may see it, who covers it now, when its last ended coverage ended. */
    record Registered(long id, LocalDate registeredOn, boolean active, boolean visible, Long coveringUnion, String coveringName,
                      LocalDate lastEnded) {
    }

    /** A union that may keep or cover employers: whether it is a grassroots union, a joint one, and covers any employer now. */
    record Keeper(boolean grassroots, boolean joint, String name, LocalDate foundedOn, boolean covering) {
    }

    private final JdbcClient jdbc;
    private final KeyLookups keys;
    private final Scopes scopes;

    RegisterLookups(JdbcClient jdbc, KeyLookups keys, Scopes scopes) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.scopes = scopes;
    }

    /** The register for one chunk of an import; {@code shared} the import's map, which remembers the single unions named. */
    Chunk chunk(Map<String, Object> shared, Collection<String> codes, Collection<Long> unionIds) {
        @SuppressWarnings("unchecked")
        Map<Long, Integer> firstRow = (Map<Long, Integer>) shared.computeIfAbsent("org.singleUnions", k -> new HashMap<Long, Integer>());
        return new Chunk(employers(codes), unions(unionIds), firstRow);
    }

    /** A chunk's employers and unions, and the rows that first named each union covering one employer only. */
    record Chunk(Map<String, Registered> employers, Map<Long, Keeper> unions, Map<Long, Integer> firstRow) {

        /**
         * Why grassroots union {@code unionId} may not cover the employer ({@code null} when not yet registered): covered by
         * another union, or the union is not a joint one and covers an employer already or was named by an earlier row.
         * Null when it may, or covers it already.
         */
        String coverProblem(long unionId, Registered employer, int rowNumber) {
            if (employer != null && employer.coveringUnion() != null) {
                return employer.coveringUnion() == unionId ? null : "该单位已由“" + employer.coveringName() + "”涵盖，须先在单位页解除后再导入";
            }
            Keeper union = unions.get(unionId);
            if (union.joint()) {
                return null;
            }
            Integer first = firstRow.putIfAbsent(unionId, rowNumber);
            if (union.covering()) {
                return "“" + union.name() + "”单独建会，已涵盖一家单位；涵盖多家单位的请设为联合基层工会";
            }
            return first == null ? null : "单独建会的基层工会只涵盖一家单位，与第" + first + "行重复；涵盖多家单位的请设为联合基层工会";
        }
    }

    Map<String, Registered> employers(Collection<String> codes) {
        Map<String, Registered> found = new HashMap<>();
        jdbc.sql("""
                select e.credit_code, e.id, e.registered_on, e.status, k.path, c.union_id, cu.name,
                       (select max(p.to_date) from union_org_employer p where p.employer_id = e.id)
                  from employer e
                  join union_org k on k.id = e.union_id
                  left join union_org_employer c on c.current_employer_id = e.id
                  left join union_org cu on cu.id = c.union_id
                 where""" + " " + keys.oneOf("e.credit_code", "codes"))
                .param("codes", KeyLookups.keys("varchar", codes))
                .query((rs, n) -> found.put(rs.getString(1), new Registered(rs.getLong(2), rs.getObject(3, LocalDate.class),
                        "ACTIVE".equals(rs.getString(4)), scopes.isVisiblePath(rs.getString(5)), rs.getObject(6, Long.class),
                        rs.getString(7), rs.getObject(8, LocalDate.class)))).list();
        return found;
    }

    Map<Long, Keeper> unions(Collection<Long> unionIds) {
        Map<Long, Keeper> found = new HashMap<>();
        jdbc.sql("""
                select u.id, u.org_type, u.grassroots_kind, u.name, u.founded_on,
                       exists (select 1 from union_org_employer c where c.union_id = u.id and c.to_date is null)
                  from union_org u
                 where""" + " " + keys.oneOf("u.id", "ids"))
                .param("ids", KeyLookups.keys("bigint", unionIds))
                .query((rs, n) -> found.put(rs.getLong(1), new Keeper("GRASSROOTS".equals(rs.getString(2)), "JOINT".equals(rs.getString(3)),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getBoolean(6)))).list();
        return found;
    }
}

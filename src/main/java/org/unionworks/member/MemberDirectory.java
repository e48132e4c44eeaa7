package org.unionworks.member;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.SqlScopes;

/** What other modules may ask the member register: whether a person is a current member, and which. */
@Component
public class MemberDirectory {

    private final JdbcClient jdbc;
    private final SqlScopes sqlScopes;

    MemberDirectory(JdbcClient jdbc, SqlScopes sqlScopes) {
        this.jdbc = jdbc;
        this.sqlScopes = sqlScopes;
    }

    /** A current member as another module may see it: who, where, at which employer, and the ID number. */
    public record Namesake(long memberId, long unionId, String name, Long employerId, String idNumber) {
    }

    private static final String NAMESAKES = """
            select m.id, m.union_id, m.name, m.employer_id, m.id_number from member m
             where %s and m.active_id_number is not null""";

    /** Current members of the caller's subtree with this name (to confirm who a name on a winner list is), at most 20. */
    public List<Namesake> currentMembersNamed(String name) {
        var scope = sqlScopes.mine("m.union_id");
        return scope.bind(jdbc.sql(NAMESAKES.formatted(scope.sql()) + " and m.name = :name order by m.id limit 20")).param("name", name)
                .query((rs, n) -> new Namesake(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, Long.class), rs.getString(5)))
                .list();
    }

    /** One current member of the caller's subtree. */
    public Optional<Namesake> currentMember(long memberId) {
        var scope = sqlScopes.mine("m.union_id");
        return scope.bind(jdbc.sql(NAMESAKES.formatted(scope.sql()) + " and m.id = :id")).param("id", memberId)
                .query((rs, n) -> new Namesake(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, Long.class), rs.getString(5)))
                .optional();
    }

    /** The current membership (在会 or 保留会籍) of the person with this ID number, if any. */
    public Optional<Long> currentMember(String idNumber) {
        if (idNumber == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from member where active_id_number = :i").param("i", idNumber).query(Long.class).optional();
    }

    /** A current membership as an election sees it: who, in which union, sex, and 在会 or 保留会籍 today. */
    public record Voter(long memberId, long unionId, String name, String sex, boolean reserved) {
    }

    /** The current membership of the person with this ID number in a union or a union below it, if any. */
    public Optional<Voter> voterUnder(long unionId, String idNumber) {
        var scope = sqlScopes.under(unionId, "m.union_id");
        return scope.bind(jdbc.sql("select m.id, m.union_id, m.name, m.sex, m.status from member m where " + scope.sql()
                        + " and m.active_id_number = :i")).param("i", idNumber)
                .query((rs, n) -> new Voter(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), "RESERVED".equals(rs.getString(5))))
                .optional();
    }

    /**
     * Members entitled to vote in the election of a union on a day (工会基层组织选举工作条例): members of the union and the
     * unions below it who had joined by that day and had not left; 保留会籍 members do not take part in elections.
     */
    public long electorate(long unionId, java.time.LocalDate day) {
        var scope = sqlScopes.under(unionId, "m.union_id");
        return scope.bind(jdbc.sql("select count(*) from member m where " + scope.sql() + """
                         and m.joined_on <= :day and (m.left_on is null or m.left_on > :day)
                         and not (m.status = 'RESERVED' and m.status_since <= :day)""")).param("day", day).query(Long.class).single();
    }

    /** Some current members (在会) of a union and the unions below it, oldest membership first: for seeding demo elections. */
    public List<Voter> someActiveMembers(long unionId, int limit) {
        var scope = sqlScopes.under(unionId, "m.union_id");
        return scope.bind(jdbc.sql("select m.id, m.union_id, m.name, m.sex, m.status from member m where " + scope.sql()
                        + " and m.status = 'ACTIVE' order by m.id limit :n")).param("n", limit)
                .query((rs, n) -> new Voter(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), false)).list();
    }

    /** Unions in the subtree with at least {@code atLeast} current women members (在会 or 保留会籍), with their number. */
    public java.util.Map<Long, Long> womenMembersByUnion(long under, int atLeast) {
        var scope = sqlScopes.under(under, "m.union_id");
        java.util.Map<Long, Long> women = new java.util.LinkedHashMap<>();
        scope.bind(jdbc.sql("select m.union_id, count(*) from member m where " + scope.sql()
                        + " and m.active_id_number is not null and m.sex = 'FEMALE' group by m.union_id having count(*) >= :n order by m.union_id"))
                .param("n", atLeast).query((rs, n) -> women.put(rs.getLong(1), rs.getLong(2))).list();
        return women;
    }
}

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
}

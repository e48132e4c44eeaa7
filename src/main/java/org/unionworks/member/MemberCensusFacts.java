package org.unionworks.member;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.org.CensusFacts;

/** The census question the member register answers: members of the union on the day (在会 and 保留会籍). */
@Component
class MemberCensusFacts implements CensusFacts {

    private final JdbcClient jdbc;

    MemberCensusFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> answers(long unionId, LocalDate on) {
        long members = jdbc.sql("select count(*) from member where union_id = :u and joined_on <= :on and (left_on is null or left_on > :on)")
                .param("u", unionId).param("on", on).query(Long.class).single();
        return members == 0 ? Map.of() : Map.of("members", members);
    }
}

package org.unionworks.member;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What other modules may ask the member register: whether a person is a current member, and which. */
@Component
public class MemberDirectory {

    private final JdbcClient jdbc;

    MemberDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current membership (在会 or 保留会籍) of the person with this ID number, if any. */
    public Optional<Long> currentMember(String idNumber) {
        if (idNumber == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from member where active_id_number = :i").param("i", idNumber).query(Long.class).optional();
    }
}

package org.unionworks.democracy;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.org.CensusFacts;

/** The census question the 职代会 records answer: whether an employer the union keeps held a 职代会 in the last twelve months. */
@Component
class DemocracyCensusFacts implements CensusFacts {

    private final JdbcClient jdbc;

    DemocracyCensusFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> answers(long unionId, LocalDate on) {
        boolean systems = jdbc.sql("select count(*) from workers_congress where union_id = :u and established_on <= :on")
                .param("u", unionId).param("on", on).query(Long.class).single() > 0;
        if (!systems) {
            return Map.of();
        }
        boolean held = jdbc.sql("""
                        select count(*) from congress_session s join workers_congress w on w.id = s.congress_id and w.district_id = s.district_id
                         where w.union_id = :u and s.held_on > :since and s.held_on <= :on""")
                .param("u", unionId).param("since", on.minusYears(1)).param("on", on).query(Long.class).single() > 0;
        return Map.of("holdsCongress", held);
    }
}

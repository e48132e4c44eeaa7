package org.unionworks.service;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.org.CensusFacts;

/** The census question the service places answer: whether the union has an open 职工之家 (or 模范职工之家). */
@Component
class ServiceCensusFacts implements CensusFacts {

    private final JdbcClient jdbc;

    ServiceCensusFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Object> answers(long unionId, LocalDate on) {
        boolean home = jdbc.sql("""
                        select count(*) from service_place where union_id = :u and kind in ('WORKERS_HOME', 'MODEL_HOME')
                           and opened_on <= :on and (closed_on is null or closed_on > :on)""")
                .param("u", unionId).param("on", on).query(Long.class).single() > 0;
        return home ? Map.of("hasWorkersHome", true) : Map.of();
    }
}

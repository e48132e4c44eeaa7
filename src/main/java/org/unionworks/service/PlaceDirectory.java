package org.unionworks.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What other modules may ask of the service places: the open places of a kind hosted by employers. */
@Component
public class PlaceDirectory {

    private final JdbcClient jdbc;

    PlaceDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The names of the open 爱心妈咪小屋 (kind MOTHER_ROOM) each of these employers hosts. */
    public Map<Long, List<String>> motherRoomsAt(Collection<Long> employerIds) {
        Map<Long, List<String>> rooms = new LinkedHashMap<>();
        if (employerIds.isEmpty()) {
            return rooms;
        }
        jdbc.sql("select employer_id, name from service_place where kind = 'MOTHER_ROOM' and status = 'OPEN' and employer_id in (:ids)"
                        + " order by employer_id, id").param("ids", employerIds)
                .query((rs, n) -> rooms.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2))).list();
        return rooms;
    }
}

package org.unionworks.assist;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What other modules may ask the needy-worker archive: which of these people have an open file. */
@Component
public class HardshipDirectory {

    private final JdbcClient jdbc;

    HardshipDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ID numbers among these that have an open (approved) hardship file. */
    public Set<String> withOpenFile(Collection<String> idNumbers) {
        Set<String> found = new HashSet<>();
        List<String> all = idNumbers.stream().filter(java.util.Objects::nonNull).distinct().toList();
        for (int i = 0; i < all.size(); i += 1000) {
            found.addAll(jdbc.sql("select open_id_number from hardship_file where status = 'OPEN' and open_id_number in (:ids)")
                    .param("ids", all.subList(i, Math.min(all.size(), i + 1000))).query(String.class).list());
        }
        return found;
    }

    /** The open (approved) hardship file of each of these ID numbers that has one, by ID number. */
    public java.util.Map<String, Long> openFiles(Collection<String> idNumbers) {
        java.util.Map<String, Long> files = new java.util.HashMap<>();
        List<String> all = idNumbers.stream().filter(java.util.Objects::nonNull).distinct().toList();
        for (int i = 0; i < all.size(); i += 1000) {
            jdbc.sql("select open_id_number, id from hardship_file where status = 'OPEN' and open_id_number in (:ids)")
                    .param("ids", all.subList(i, Math.min(all.size(), i + 1000)))
                    .query((rs, n) -> files.put(rs.getString(1), rs.getLong(2))).list();
        }
        return files;
    }

    /** ID numbers of up to {@code limit} open files, for other modules' demo data (送温暖 lists that reach filed households). */
    public List<String> someOpenIdNumbers(int limit) {
        return jdbc.sql("select open_id_number from hardship_file where status = 'OPEN' order by id").query(String.class).list()
                .stream().limit(limit).toList();
    }
}

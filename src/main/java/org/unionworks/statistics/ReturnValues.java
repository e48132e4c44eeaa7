package org.unionworks.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.data.BulkWriter;

/**
 * The cells' values of returns and the checks that failed on them, read and written in bulk (a city's pre-filling writes
 * some forty values for each of tens of thousands of returns). Every row keeps its return's district (V59_22), by which a
 * distributed database places it beside the return; the callers hold the returns and name them by {@link Key}.
 */
@Component
class ReturnValues {

    /** A failed check as last stored: which check, both sides. */
    record Failure(String checkCode, boolean blocking, BigDecimal left, BigDecimal right) {
    }

    /** A return as its rows name it: its id and the district they are placed by. */
    record Key(long id, long districtId) {
        static Key of(AnnualReturn r) {
            return new Key(r.getId(), r.getDistrictId());
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BulkWriter bulk;

    ReturnValues(JdbcClient jdbc, JdbcTemplate template, BulkWriter bulk) {
        this.jdbc = jdbc;
        this.template = template;
        this.bulk = bulk;
    }

    /** Cell code → value (null: unanswered) of one return. */
    Map<String, BigDecimal> of(long returnId) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        jdbc.sql("select cell_code, val from annual_return_value where return_id = :id order by cell_code").param("id", returnId)
                .query(rs -> {
                    values.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return values;
    }

    /** Return id → cell code → value of many returns. */
    Map<Long, Map<String, BigDecimal>> of(Collection<Long> returnIds) {
        Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
        if (returnIds.isEmpty()) {
            return values;
        }
        jdbc.sql("select return_id, cell_code, val from annual_return_value where return_id in (:ids)").param("ids", returnIds)
                .query(rs -> {
                    values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
                });
        return values;
    }

    /** Cell code → the sum of its values over the returns (an empty map for none), added up in the database. */
    Map<String, BigDecimal> sums(Collection<Long> returnIds) {
        Map<String, BigDecimal> sums = new HashMap<>();
        if (returnIds.isEmpty()) {
            return sums;
        }
        jdbc.sql("select cell_code, sum(val) from annual_return_value where return_id in (:ids) and val is not null group by cell_code")
                .param("ids", returnIds).query(rs -> {
                    sums.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return sums;
    }

    void thawRows(long returnId) {
        jdbc.sql("delete from annual_frozen_row where return_id = :id").param("id", returnId).update();
    }

    /** Freezes the records behind a return's computed cells: cell code → record id → what it added. */
    void freezeRows(Key r, Map<String, Map<Long, Number>> rows) {
        List<Object[]> all = new ArrayList<>();
        rows.forEach((code, byId) -> byId.forEach((id, v) -> all.add(new Object[] {r.id(), r.districtId(), code, id, v})));
        bulk.write("annual_frozen_row", List.of("return_id", "district_id", "cell_code", "row_id", "contribution"), all.iterator());
    }

    /** The records frozen for a return's cell: record id → what it added. */
    Map<Long, BigDecimal> frozenRows(long returnId, String cellCode) {
        Map<Long, BigDecimal> rows = new HashMap<>();
        jdbc.sql("select row_id, contribution from annual_frozen_row where return_id = :id and cell_code = :code")
                .param("id", returnId).param("code", cellCode).query(rs -> {
                    rows.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        return rows;
    }

    /** Writes these cells of a return (others untouched). */
    void put(Key r, Map<String, BigDecimal> cells) {
        if (cells.isEmpty()) {
            return;
        }
        template.batchUpdate("delete from annual_return_value where return_id = ? and cell_code = ?",
                cells.keySet().stream().map(code -> new Object[] {r.id(), code}).toList());
        template.batchUpdate("insert into annual_return_value (return_id, district_id, cell_code, val) values (?, ?, ?, ?)",
                cells.entrySet().stream().map(e -> new Object[] {r.id(), r.districtId(), e.getKey(), e.getValue()}).toList());
    }

    /** Writes cells of many returns at once (return → cell code → value; none of them there yet), by COPY on PostgreSQL. */
    void writeAll(Map<Key, Map<String, BigDecimal>> byReturn) {
        List<Object[]> rows = new ArrayList<>();
        byReturn.forEach((r, cells) -> cells.forEach((code, v) -> rows.add(new Object[] {r.id(), r.districtId(), code, v})));
        bulk.write("annual_return_value", List.of("return_id", "district_id", "cell_code", "val"), rows.iterator());
    }

    /** Writes the failed checks of many returns at once (none of theirs there yet), by COPY on PostgreSQL. */
    void writeFailures(Map<Key, List<Failure>> byReturn) {
        List<Object[]> rows = new ArrayList<>();
        byReturn.forEach((r, failures) -> failures.forEach(f -> rows.add(new Object[] {r.id(), r.districtId(), f.checkCode(), f.blocking(),
            f.left(), f.right()})));
        bulk.write("annual_check_failure", List.of("return_id", "district_id", "check_code", "blocking", "left_value", "right_value"),
                rows.iterator());
    }

    /** The codes of the checks failing on a return when it was last checked. */
    List<String> failing(long returnId) {
        return jdbc.sql("select check_code from annual_check_failure where return_id = :id").param("id", returnId).query(String.class).list();
    }

    /** The rectification item a failing check was opened as, or null. */
    Long rectification(long returnId, String checkCode) {
        return jdbc.sql("select rectification_id from annual_check_rectification where return_id = :id and check_code = :code")
                .param("id", returnId).param("code", checkCode).query(Long.class).optional().orElse(null);
    }

    void linkRectification(Key r, String checkCode, long item) {
        jdbc.sql("insert into annual_check_rectification (return_id, district_id, check_code, rectification_id) values (:id, :d, :code, :item)")
                .param("id", r.id()).param("d", r.districtId()).param("code", checkCode).param("item", item).update();
    }

    void replaceFailures(Key r, List<Failure> failures) {
        jdbc.sql("delete from annual_check_failure where return_id = :id").param("id", r.id()).update();
        writeFailures(Map.of(r, failures));
    }
}

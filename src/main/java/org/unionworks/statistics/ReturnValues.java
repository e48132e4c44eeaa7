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
 * distributed database places it beside the return.
 */
@Component
class ReturnValues {

    /** A failed check as last stored: which check, both sides. */
    record Failure(String checkCode, boolean blocking, BigDecimal left, BigDecimal right) {
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
    void freezeRows(long returnId, Map<String, Map<Long, Number>> rows) {
        List<Object[]> all = new ArrayList<>();
        long district = district(returnId);
        rows.forEach((code, byId) -> byId.forEach((id, v) -> all.add(new Object[] {returnId, district, code, id, v})));
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
    void put(long returnId, Map<String, BigDecimal> cells) {
        if (cells.isEmpty()) {
            return;
        }
        template.batchUpdate("delete from annual_return_value where return_id = ? and cell_code = ?",
                cells.keySet().stream().map(code -> new Object[] {returnId, code}).toList());
        long district = district(returnId);
        template.batchUpdate("insert into annual_return_value (return_id, district_id, cell_code, val) values (?, ?, ?, ?)",
                cells.entrySet().stream().map(e -> new Object[] {returnId, district, e.getKey(), e.getValue()}).toList());
    }

    /** Writes cells of many returns at once (return id → cell code → value; none of them there yet), by COPY on PostgreSQL. */
    void writeAll(Map<Long, Map<String, BigDecimal>> byReturn) {
        List<Object[]> rows = new ArrayList<>();
        Map<Long, Long> districts = districts(byReturn.keySet());
        byReturn.forEach((id, cells) -> cells.forEach((code, v) -> rows.add(new Object[] {id, districts.get(id), code, v})));
        bulk.write("annual_return_value", List.of("return_id", "district_id", "cell_code", "val"), rows.iterator());
    }

    /** Writes the failed checks of many returns at once (none of theirs there yet), by COPY on PostgreSQL. */
    void writeFailures(Map<Long, List<Failure>> byReturn) {
        List<Object[]> rows = new ArrayList<>();
        Map<Long, Long> districts = districts(byReturn.keySet());
        byReturn.forEach((id, failures) -> failures.forEach(f -> rows.add(new Object[] {id, districts.get(id), f.checkCode(), f.blocking(),
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

    void linkRectification(long returnId, String checkCode, long item) {
        jdbc.sql("insert into annual_check_rectification (return_id, district_id, check_code, rectification_id) values (:id, :d, :code, :item)")
                .param("id", returnId).param("d", district(returnId)).param("code", checkCode).param("item", item).update();
    }

    private long district(long returnId) {
        return jdbc.sql("select district_id from annual_return where id = :id").param("id", returnId).query(Long.class).single();
    }

    /** Return id → its district, for the returns written together (a thousand ids a query). */
    private Map<Long, Long> districts(Collection<Long> returnIds) {
        Map<Long, Long> districts = new HashMap<>();
        List<Long> ids = List.copyOf(returnIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("select id, district_id from annual_return where id in (:ids)").param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query(rs -> {
                        districts.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return districts;
    }

    void replaceFailures(long returnId, List<Failure> failures) {
        jdbc.sql("delete from annual_check_failure where return_id = :id").param("id", returnId).update();
        writeFailures(Map.of(returnId, failures));
    }
}

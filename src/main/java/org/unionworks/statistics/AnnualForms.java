package org.unionworks.statistics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.error.NotFoundException;

/** The forms as the migrations define them, read once (they change only with a new migration, i.e. a new release). */
@Component
class AnnualForms {

    private final JdbcClient jdbc;
    private final Map<Long, AnnualForm> byId = new ConcurrentHashMap<>();

    AnnualForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The form a union of this level fills for a statistical year: the edition with the greatest first year not after it. */
    Optional<AnnualForm> forYear(AnnualForm.Level level, int year) {
        return jdbc.sql("select id from annual_form where level = :level and edition <= :year order by edition desc limit 1")
                .param("level", level.name()).param("year", year).query(Long.class).optional().map(this::get);
    }

    /**
     * Cell code → the figure of the catalogue a cell stands for in a year's form: a FIGURE cell's own, and for a SUM cell
     * the figure the same cell of the year's grassroots form is computed from (questions and sums of questions have none).
     */
    Map<String, String> figureKeys(AnnualForm form, int year) {
        AnnualForm grassroots = forYear(AnnualForm.Level.GRASSROOTS, year).orElse(form);
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        for (AnnualForm.Cell c : form.cells()) {
            String key = c.source() == AnnualForm.Source.FIGURE ? c.figureKey()
                    : c.source() == AnnualForm.Source.SUM ? grassroots.cell(c.code()).map(AnnualForm.Cell::figureKey).orElse(null) : null;
            if (key != null) {
                keys.put(c.code(), key);
            }
        }
        return keys;
    }

    AnnualForm get(long id) {
        return byId.computeIfAbsent(id, this::load);
    }

    List<AnnualForm> all() {
        return jdbc.sql("select id from annual_form order by level, edition").query(Long.class).list().stream().map(this::get).toList();
    }

    private AnnualForm load(long id) {
        var head = jdbc.sql("select level, edition, name, basis from annual_form where id = :id").param("id", id)
                .query((rs, n) -> new Head(AnnualForm.Level.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .optional().orElseThrow(() -> new NotFoundException("调查表"));
        List<AnnualForm.Cell> cells = jdbc.sql("""
                        select code, section, label, unit, source, figure_key, answer, definition from annual_form_cell
                         where form_id = :id order by sort_order, code""").param("id", id)
                .query((rs, n) -> new AnnualForm.Cell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        AnnualForm.Source.valueOf(rs.getString(5)), rs.getString(6), org.unionworks.org.CensusQuestion.Kind.valueOf(rs.getString(7)),
                        rs.getString(8))).list();
        List<AnnualForm.FormCheck> checks = jdbc.sql("select code, rule, blocking, message from annual_form_check where form_id = :id order by code")
                .param("id", id)
                .query((rs, n) -> new AnnualForm.FormCheck(rs.getString(1), CheckRule.parse(rs.getString(2)), rs.getBoolean(3), rs.getString(4)))
                .list();
        return new AnnualForm(id, head.level(), head.edition(), head.name(), head.basis(), cells, checks);
    }

    private record Head(AnnualForm.Level level, int edition, String name, String basis) {
    }
}

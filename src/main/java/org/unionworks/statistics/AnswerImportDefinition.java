package org.unionworks.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;

/**
 * The questions of a year's form asked of many unions at once (the 摸底排查 of exactly the cells the records cannot
 * give): one row per union, one column per question; a row answers that union's open return.
 */
@Component
class AnswerImportDefinition {

    /** A union's answers and its return of the year, found while the row was checked (null: none, the row refused). */
    record Row(long unionId, Long returnId, Map<String, BigDecimal> answers) {
    }

    private final AnnualForms forms;
    private final AnnualReturnRepository returns;
    private final AnnualReturnService service;
    private final Scopes scopes;

    AnswerImportDefinition(AnnualForms forms, AnnualReturnRepository returns, AnnualReturnService service, Scopes scopes) {
        this.forms = forms;
        this.returns = returns;
        this.service = service;
        this.scopes = scopes;
    }

    static List<Column> columns(AnnualForm form) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.union("union", "工会", "100"));
        for (AnnualForm.Cell c : form.questions()) {
            String header = c.code() + " " + c.label() + "（" + c.unit() + "）";
            columns.add(switch (c.answer()) {
                case YES_NO -> Column.optional(c.code(), header, "是").note("是/否");
                case AMOUNT -> Column.optional(c.code(), header, "12000").note("元，或写明万元（如 1.2万）");
                case NUMBER -> Column.optional(c.code(), header, "3").note(c.definition());
            });
        }
        return columns;
    }

    ImportDefinition<Row> forYear(AnnualForm form, int year) {
        List<Column> columns = columns(form);
        return new ImportDefinition<>() {
            @Override
            public String entity() {
                return "AnnualReturn";
            }

            @Override
            public String title() {
                return year + "年报" + form.name() + "问卷";
            }

            @Override
            public List<Column> columns() {
                return columns;
            }

            @Override
            public String permission() {
                return "statistics:write";
            }

            @Override
            public Row parse(ImportRow row) {
                return AnswerImportDefinition.this.parse(form, year, row);
            }

            @Override
            public Object key(Row row) {
                return row.unionId();
            }

            @Override
            public String describeKey(Object key) {
                return "工会编号 " + key;
            }

            @Override
            public ImportCounts write(List<Row> rows) {
                int updated = 0;
                for (Row row : rows) {
                    service.answer(row.returnId(), null, row.answers());
                    updated++;
                }
                return new ImportCounts(0, updated, 0);
            }
        };
    }

    private Row parse(AnnualForm form, int year, ImportRow row) {
        Long unionId = row.union("union", scopes);
        Map<String, BigDecimal> answers = new LinkedHashMap<>();
        for (AnnualForm.Cell c : form.questions()) {
            BigDecimal v = switch (c.answer()) {
                case YES_NO -> {
                    Boolean yes = row.yesNo(c.code());
                    yield yes == null ? null : yes ? BigDecimal.ONE : BigDecimal.ZERO;
                }
                case AMOUNT -> {
                    BigDecimal yuan = row.amount(c.code(), BigDecimal.ZERO, new BigDecimal("9999999999999"));
                    yield yuan == null ? null : yuan.movePointLeft(4);
                }
                case NUMBER -> {
                    Integer n = row.integer(c.code(), 0, 100_000_000);
                    yield n == null ? null : BigDecimal.valueOf(n);
                }
            };
            if (v != null) {
                answers.put(c.code(), v);
            }
        }
        if (unionId == null) {
            return null;
        }
        var r = returns.findByUnionIdAndStatYear(unionId, year);
        if (r.isEmpty() || r.get().getFormId() != form.id()) {
            row.error("该工会没有" + year + "统计年度的" + form.name() + "，请先开始年报");
        } else if (!r.get().isOpen()) {
            row.error("该工会" + year + "统计年度的调查表" + r.get().getStatus().label + "，不能再修改");
        }
        answers.forEach((code, v) -> {
            String problem = AnnualReturnService.answerProblem(form, code, v);
            if (problem != null) {
                row.error(problem);
            }
        });
        return new Row(unionId, r.map(AnnualReturn::getId).orElse(null), answers);
    }
}

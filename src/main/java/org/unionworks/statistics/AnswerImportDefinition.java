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
        form.questions().forEach(c -> columns.add(c.question().column()));
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
            BigDecimal v = c.question().read(row);
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

package org.unionworks.assist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.error.FieldProblem;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.IdNumbers;

/**
 * Import of hardship files (without household members, which are entered on the form): each row
 * is submitted for approval like a file entered by hand, judged by the same filing standard; a row
 * with its 建档日期 is a 补录 of a past file, entered by an upper union with its real dates.
 */
@Component
class FileImportDefinition implements ImportDefinition<FileImportDefinition.Row> {

    /** {@code filedOn} (and perhaps {@code exit}) for a back-filled file, null for a new one to approve. */
    record Row(long unionId, FileFields fields, LocalDate filedOn, HardshipFileService.Exit exit) {
    }

    private final HardshipFileService service;

    private final Scopes scopes;

    FileImportDefinition(HardshipFileService service, Scopes scopes) {
        this.service = service;
        this.scopes = scopes;
    }

    @Override
    public String entity() {
        return "HardshipFile";
    }

    @Override
    public String path() {
        return "/api/hardship-files";
    }

    @Override
    public String permission() {
        return "assist:import";
    }

    @Override
    public String title() {
        return "困难职工档案";
    }

    @Override
    public List<Column> columns() {
        return List.of(
                Column.union("unionId", "建档工会编号", "100").note("职工所在的基层工会：" + Column.UNION_NOTE),
                Column.required("workerName", "职工姓名", "张三"),
                Column.required("idNumber", "身份证号", "110101199003074514"),
                Column.required("divisionCode", "行政区划代码", "440305").note("所在区县的6位代码，用于确定低保标准"),
                Column.required("category", "困难类别", "相对困难").dict("hardship_category"),
                Column.required("mainCause", "主要致困原因", "本人或家属患病").dict("hardship_cause"),
                Column.required("identity", "职工身份", "在岗").dict("worker_identity"),
                Column.optional("householdSize", "家庭人口", "3").note("新建档必填；补录历史档案时台账没有的可留空（未知，不按0计）"),
                Column.optional("monthlyIncome", "家庭月收入（元）", "2400").note("新建档必填；补录历史档案时台账没有的可留空（未知，不按0计）"),
                Column.optional("monthsBelowStandard", "低于标准月数", "6"),
                Column.optional("modelWorker", "是否劳模", "否").note("是/否"),
                Column.optional("housing", "住房情况", "租房"),
                Column.optional("justification", "情况说明", "").note("不符合建档标准而确需建档时必填"),
                Column.optional("filedOn", "建档日期", "").note("补录历史档案时填写当时的审批建档日期（由上级工会导入）；留空为新建档待审批"),
                Column.optional("exitReason", "退出原因", "").dict("exit_reason").note("补录已退出的档案时填写"),
                Column.optional("exitOn", "退出日期", ""));
    }

    @Override
    public Row parse(ImportRow row) {
        Long unionId = row.union("unionId", scopes);
        Integer size = row.integer("householdSize", 1, 30);
        BigDecimal amount = row.amount("monthlyIncome", BigDecimal.ZERO, BigDecimal.valueOf(10_000_000));
        Integer months = row.integer("monthsBelowStandard", 0, 600);
        FileFields f = new FileFields(row.text("workerName", 50), IdNumbers.normalize(row.text("idNumber")),
                row.text("divisionCode"), row.dict("category"), row.dict("mainCause"), null, row.dict("identity"),
                Boolean.TRUE.equals(row.yesNo("modelWorker")), row.text("housing", 100), null, size,
                amount, months == null ? 0 : months, row.text("justification", 500),
                List.of());
        LocalDate filedOn = row.pastDate("filedOn");
        String exitReason = row.dict("exitReason");
        LocalDate exitOn = row.date("exitOn");
        if (unionId == null) {
            return null;
        }
        if (filedOn == null) {
            if (exitReason != null || exitOn != null) {
                row.error("退出原因和退出日期只用于补录历史档案，请同时填写建档日期");
            }
            service.problemsWithStandard(f, null).stream().map(FieldProblem::message).forEach(row::error);
            return new Row(unionId, f, null, null);
        }
        if (unionId.longValue() == CurrentUsers.require().unionId()) {
            row.error(HardshipFileService.BACKFILL_BY_UPPER_UNION);
        }
        var exit = exitReason == null && exitOn == null ? null : new HardshipFileService.Exit(exitReason, exitOn, null);
        service.backfillProblems(f, filedOn, exit).stream().map(FieldProblem::message).forEach(row::error);
        return new Row(unionId, f, filedOn, exit);
    }

    @Override
    public Object key(Row row) {
        return row.fields().idNumber();
    }

    /** The duplicate message names the ID number masked; the key itself is the whole number. */
    @Override
    public String describeKey(Object key) {
        return "身份证号 " + IdNumbers.mask((String) key);
    }

    @Override
    public void beforeWrite() {
        service.holdAllNumbers();
    }

    @Override
    public ImportCounts write(List<Row> rows) {
        for (Row r : rows) {
            try {
                if (r.filedOn() == null) {
                    service.submit(r.unionId(), r.fields());
                } else {
                    service.backfill(r.unionId(), r.fields(), r.filedOn(), r.exit());
                }
            } catch (NotFoundException e) {
                throw new InvalidInputException("unionId", "建档工会编号" + r.unionId() + "不存在或不在您的管辖范围内");
            }
        }
        return new ImportCounts(rows.size(), 0, 0);
    }
}

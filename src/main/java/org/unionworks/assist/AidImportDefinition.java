package org.unionworks.assist;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.assist.web.AidRequest;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.IdNumbers;

/** Import of aid records, each matched to the worker's file that was open on the aid date (past years too). */
@Component
class AidImportDefinition implements ImportDefinition<AidImportDefinition.Row> {

    record Row(long fileId, AidRequest aid) {
    }

    private final AidService service;
    private final HardshipFileRepository files;
    private final JdbcClient jdbc;

    AidImportDefinition(AidService service, HardshipFileRepository files, JdbcClient jdbc) {
        this.service = service;
        this.files = files;
        this.jdbc = jdbc;
    }

    @Override
    public String entity() {
        return "AidRecord";
    }

    @Override
    public String path() {
        return "/api/aid-records";
    }

    @Override
    public String permission() {
        return "assist:import";
    }

    @Override
    public String title() {
        return "帮扶记录";
    }

    @Override
    public List<Column> columns() {
        return List.of(
                Column.required("idNumber", "职工身份证号", "110101199003074514").note("在档困难职工的身份证号"),
                Column.required("kind", "帮扶类别", "送温暖").dict("aid_kind"),
                Column.required("aidOn", "帮扶日期", "2026-01-20"),
                Column.required("amount", "金额（元）", "1000").plausible("10", "50000")
                        .note("单位元，可写“2.2万”；常见范围10元至5万元，超出的请注明单位，如“5元”“8万”"),
                Column.optional("beneficiary", "受助人", "").note("资助家庭成员（如金秋助学的子女）时填写其姓名，职工本人留空"),
                Column.optional("fundSource", "资金来源", "市总帮扶资金"),
                Column.optional("handledBy", "经办人", "李四"),
                Column.optional("note", "备注", ""));
    }

    @Override
    public Row parse(ImportRow row) {
        String id = IdNumbers.normalize(row.text("idNumber"));
        BigDecimal amount = row.amount("amount", new BigDecimal("0.01"), BigDecimal.valueOf(1_000_000));
        AidRequest aid = new AidRequest(row.dict("kind"), row.pastDate("aidOn"), amount, row.text("fundSource", 100),
                row.text("handledBy", 50), row.text("note", 200), row.text("beneficiary", 50), null, null);
        if (id == null || aid.aidOn() == null) {
            return null;
        }
        Long fileId = jdbc.sql("""
                select id from hardship_file where id_number = :n and status in ('OPEN', 'CLOSED')
                   and filed_on <= :on and (exit_on is null or exit_on > :on) order by id desc""")
                .param("n", id).param("on", aid.aidOn()).query(Long.class).list().stream().findFirst()
                .filter(fid -> files.findById(fid).isPresent()).orElse(null);
        if (fileId == null) {
            row.error("身份证号" + IdNumbers.mask(id) + "在帮扶日期没有在档的困难职工档案（或不在您的管辖范围内）");
            return null;
        }
        return new Row(fileId, aid);
    }

    @Override
    public ImportCounts write(List<Row> rows) {
        rows.forEach(r -> service.give(r.fileId(), r.aid()));
        return new ImportCounts(rows.size(), 0, 0);
    }
}

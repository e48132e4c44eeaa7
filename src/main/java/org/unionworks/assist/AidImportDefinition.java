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

/** Import of aid records, each matched to the open file of the worker's ID number. */
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
                Column.required("amount", "金额（元）", "1000"),
                Column.optional("fundSource", "资金来源", "市总帮扶资金"),
                Column.optional("handledBy", "经办人", "李四"),
                Column.optional("note", "备注", ""));
    }

    @Override
    public Row parse(ImportRow row) {
        String id = IdNumbers.normalize(row.text("idNumber"));
        BigDecimal amount = row.amount("amount", new BigDecimal("0.01"), BigDecimal.valueOf(1_000_000));
        AidRequest aid = new AidRequest(row.dict("kind"), row.date("aidOn"), amount, row.text("fundSource", 100),
                row.text("handledBy", 50), row.text("note", 200));
        if (id == null) {
            return null;
        }
        Long fileId = jdbc.sql("select id from hardship_file where open_id_number = :n and status = 'OPEN'")
                .param("n", id).query(Long.class).optional()
                .filter(fid -> files.findById(fid).isPresent()).orElse(null);
        if (fileId == null) {
            row.error("身份证号" + IdNumbers.mask(id) + "没有在档的困难职工档案（或不在您的管辖范围内）");
            return null;
        }
        var file = files.findById(fileId).orElseThrow();
        if (aid.aidOn() != null && (aid.aidOn().isBefore(file.getFiledOn()) || aid.aidOn().isAfter(java.time.LocalDate.now()))) {
            row.error("帮扶日期应在建档日期（" + file.getFiledOn() + "）之后、不晚于今天");
        }
        return new Row(fileId, aid);
    }

    @Override
    public ImportCounts write(List<Row> rows) {
        rows.forEach(r -> service.give(r.fileId(), r.aid()));
        return new ImportCounts(rows.size(), 0, 0);
    }
}

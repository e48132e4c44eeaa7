package org.unionworks.democracy;

import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.democracy.web.ProtectionRequest;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.CreditCodes;

/** The yearly 女职工特殊劳动保护 sheet a federation collects from its unions: one row per employer and year. */
@Component
class ProtectionImportDefinition implements ImportDefinition<ProtectionRequest> {

    private final WomensWorkService service;

    ProtectionImportDefinition(WomensWorkService service) {
        this.service = service;
    }

    @Override
    public String entity() { return "WomensProtection"; }

    @Override
    public String path() { return "/api/womens-protections"; }

    @Override
    public String permission() { return "democracy:write"; }

    @Override
    public String title() { return "女职工特殊劳动保护"; }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("creditCode", "单位统一社会信用代码", "91330100MA2XXXXX0X"),
                Column.required("year", "年度", "2026"),
                Column.required("fourPeriods", "四期保护落实", "是").note("是/否：经期、孕期、产期、哺乳期保护"),
                Column.optional("checkedOn", "专项检查日期", "2026-05-20"),
                Column.optional("womenWorkers", "女职工人数", "260"),
                Column.optional("screened", "两癌筛查人数", "180").note("不能多于女职工人数"),
                Column.optional("note", "备注", ""));
    }

    @Override
    public ProtectionRequest parse(ImportRow row) {
        String code = CreditCodes.normalize(row.text("creditCode"));
        if (code != null && !CreditCodes.isValid(code)) {
            row.error("统一社会信用代码“" + code + "”校验不通过");
        }
        Integer women = row.integer("womenWorkers", 0, 10_000_000);
        Integer screened = row.integer("screened", 0, 10_000_000);
        if (women != null && screened != null && screened > women) {
            row.error("两癌筛查人数不能多于女职工人数");
        }
        return new ProtectionRequest(code, row.integer("year", 2000, 2100), row.yesNo("fourPeriods"), row.pastDate("checkedOn"), women,
                screened, row.text("note", 500), null);
    }

    @Override
    public Object key(ProtectionRequest r) {
        return r.creditCode() + "/" + r.year();
    }

    @Override
    public String describeKey(Object key) {
        return "同一单位同一年度 " + key;
    }

    @Override
    public ImportCounts write(List<ProtectionRequest> rows) {
        rows.forEach(r -> service.saveProtection(null, r));
        return new ImportCounts(rows.size(), 0, 0);
    }
}

package org.unionworks.craft;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;

/** 五小 and 合理化建议 results as the unions collect them, into the library. */
@Component
class InnovationImportDefinition implements ImportDefinition<InnovationImportDefinition.Row> {

    /** A row: the result, and the studio that produced it, by name. */
    record Row(SmallInnovation.Facts facts, String studio) {
    }

    private final InnovationService service;
    private final Scopes scopes;
    private final InnovationStudioRepository studios;

    InnovationImportDefinition(InnovationService service, Scopes scopes, InnovationStudioRepository studios) {
        this.service = service;
        this.scopes = scopes;
        this.studios = studios;
    }

    @Override
    public String entity() {
        return "SmallInnovation";
    }

    @Override
    public String path() {
        return "/api/innovations";
    }

    @Override
    public String permission() {
        return "craft:write";
    }

    @Override
    public String title() {
        return "五小成果";
    }

    @Override
    public List<Column> columns() {
        return List.of(
                Column.union("unionId", "工会编号", "100"),
                Column.required("title", "成果名称", "数控刀具快速对刀装置"),
                Column.required("category", "成果类别", "小革新").dict("innovation_category"),
                Column.required("authors", "完成人", "张三、李四"),
                Column.required("employerName", "所在单位", "市第一机床厂"),
                Column.required("achievedOn", "取得日期", "2026-05-10"),
                Column.optional("benefit", "经济效益（元）", "120000").plausible("100", "10000000000")
                        .note("单位元，可写“12万”；不足100元的请注明单位"),
                Column.optional("evaluation", "评定等级", "市级一等"),
                Column.optional("certificateNo", "证书编号", "WX2026-018"),
                Column.optional("studio", "所属创新工作室", "王冠劳模创新工作室").note("产生该成果的创新工作室全称（须在您的管辖范围内）"));
    }

    @Override
    public Row parse(ImportRow row) {
        Long unionId = row.union("unionId", scopes);
        var f = new SmallInnovation.Facts(unionId == null ? 0 : unionId, row.text("title", 200), row.dict("category"), row.text("authors", 200),
                row.text("employerName", 200), null, row.pastDate("achievedOn"),
                row.amount("benefit", BigDecimal.ZERO, new BigDecimal("999999999999.99")), row.text("evaluation", 50),
                row.text("certificateNo", 50), null, null);
        return unionId == null ? null : new Row(f, row.text("studio", 200));
    }

    @Override
    public void checkBatch(java.util.List<Checked<Row>> rows) {
        for (Checked<Row> r : rows) {
            if (r.value().studio() != null && studioNamed(r.value().studio()) == null) {
                r.error("所属创新工作室“" + r.value().studio() + "”不存在或不在您的管辖范围内");
            }
        }
    }

    private Long studioNamed(String name) {
        return studios.findAll((s, q, cb) -> cb.equal(s.get("name"), name)).stream().findFirst().map(InnovationStudio::getId).orElse(null);
    }

    @Override
    public ImportCounts write(List<Row> rows) {
        for (Row r : rows) {
            SmallInnovation.Facts f = r.facts();
            Long studio = r.studio() == null ? null : studioNamed(r.studio());
            service.save(null, null, new SmallInnovation.Facts(f.unionId(), f.title(), f.category(), f.authors(), f.employerName(),
                    f.employerId(), f.achievedOn(), f.benefit(), f.evaluation(), f.certificateNo(), studio, null));
        }
        return new ImportCounts(rows.size(), 0, 0);
    }
}

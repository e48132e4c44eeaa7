package org.unionworks.rights;

import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;

/** Outreach events from a spreadsheet. */
@Component
class OutreachImportDefinition implements ImportDefinition<OutreachImportDefinition.Row> {

    record Row(long unionId, java.time.LocalDate heldOn, String topic, String kind, String organizer, int onsite, int online) {
    }

    private final RightsService service;
    private final Scopes scopes;

    OutreachImportDefinition(RightsService service, Scopes scopes) {
        this.service = service;
        this.scopes = scopes;
    }

    @Override
    public String entity() {
        return "Outreach";
    }

    @Override
    public String path() {
        return "/api/rights/outreach";
    }

    @Override
    public String permission() {
        return "rights:import";
    }

    @Override
    public String title() {
        return "普法宣传";
    }

    @Override
    public List<Column> columns() {
        return List.of(
                Column.union("unionId", "主办工会编号", "100"),
                Column.required("heldOn", "日期", "2026-03-15"),
                Column.required("topic", "主题", "劳动合同法进企业"),
                Column.required("kind", "形式", "普法讲座").dict("outreach_kind"),
                Column.optional("organizer", "主办方", "区总工会法工部"),
                Column.optional("onsite", "现场受众", "120"),
                Column.optional("online", "线上受众", "3000"));
    }

    @Override
    public Row parse(ImportRow row) {
        Long unionId = row.union("unionId", scopes);
        var heldOn = row.pastDate("heldOn");
        Integer onsite = row.integer("onsite", 0, 10_000_000);
        Integer online = row.integer("online", 0, 100_000_000);
        Row r = new Row(unionId == null ? 0 : unionId, heldOn, row.text("topic", 200), row.dict("kind"),
                row.text("organizer", 100), onsite == null ? 0 : onsite, online == null ? 0 : online);
        return unionId == null ? null : r;
    }

    @Override
    public ImportCounts write(List<Row> rows) {
        rows.forEach(r -> service.outreach(r.unionId(), r.heldOn(), r.topic(), r.kind(), r.organizer(), r.onsite(), r.online()));
        return new ImportCounts(rows.size(), 0, 0);
    }
}

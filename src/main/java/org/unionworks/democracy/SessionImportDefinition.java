package org.unionworks.democracy;

import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.democracy.web.SessionRequest;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.CreditCodes;

/** The yearly 职代会 sheet a federation collects: one row per session held, of an employer whose 职代会 is registered. */
@Component
class SessionImportDefinition implements ImportDefinition<SessionImportDefinition.Row> {

    record Row(long congressId, SessionRequest session) {
    }

    private final CongressService service;
    private final WorkersCongressRepository congresses;
    private final OrgDirectory orgs;

    SessionImportDefinition(CongressService service, WorkersCongressRepository congresses, OrgDirectory orgs) {
        this.service = service;
        this.congresses = congresses;
        this.orgs = orgs;
    }

    @Override
    public String entity() { return "CongressSession"; }

    @Override
    public String path() { return "/api/workers-congresses"; }

    @Override
    public String permission() { return "democracy:write"; }

    @Override
    public String title() { return "职代会会议"; }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("creditCode", "单位统一社会信用代码", "91330100MA2XXXXX0X").note("须先登记该单位的职代会制度"),
                Column.required("heldOn", "召开日期", "2026-03-20"),
                Column.required("title", "会议名称", "三届二次职工代表大会"),
                Column.required("expected", "应到人数", "60"),
                Column.required("present", "实到人数", "58"),
                Column.optional("frontline", "其中一线职工", "35"),
                Column.optional("women", "其中女职工", "22"),
                Column.optional("resolutions", "决议", "审议通过工资集体协商方案"));
    }

    @Override
    public Row parse(ImportRow row) {
        String code = CreditCodes.normalize(row.text("creditCode"));
        long congress = 0;
        if (code != null) {
            var employer = orgs.employerByCreditCode(code);
            var found = employer.flatMap(e -> congresses.findAll((c, q, cb) -> cb.equal(c.get("employerId"), e.id())).stream().findFirst());
            if (employer.isEmpty()) {
                row.error("统一社会信用代码“" + code + "”的单位不存在或不在您的管辖范围内");
            } else if (found.isEmpty()) {
                row.error("该单位尚未登记职代会制度，请先登记");
            } else {
                congress = found.get().getId();
            }
        }
        Integer expected = row.integer("expected", 1, 1_000_000);
        Integer present = row.integer("present", 0, 1_000_000);
        Integer frontline = row.integer("frontline", 0, 1_000_000);
        Integer women = row.integer("women", 0, 1_000_000);
        if (expected != null && present != null && present > expected) {
            row.error("实到人数不能多于应到人数");
        }
        if (present != null && ((frontline != null && frontline > present) || (women != null && women > present))) {
            row.error("一线职工和女职工代表不能多于实到人数");
        }
        return new Row(congress, new SessionRequest(row.pastDate("heldOn"), row.text("title", 200), expected, present, frontline, women,
                row.text("resolutions", 2000), null, null, null, null, null));
    }

    @Override
    public Object key(Row r) {
        return r.congressId() + "/" + r.session().heldOn() + "/" + r.session().title();
    }

    @Override
    public String describeKey(Object key) {
        return "同一单位同日同名的会议 " + key.toString().replaceAll("^[^/]*/", "");
    }

    @Override
    public ImportCounts write(List<Row> rows) {
        rows.forEach(r -> service.saveSession(r.congressId(), null, r.session()));
        return new ImportCounts(rows.size(), 0, 0);
    }
}

package org.unionworks.democracy;

import java.util.List;

import org.springframework.stereotype.Component;
import org.unionworks.democracy.web.RepresentativeRequest;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;

/** The roster of a 会员代表大会 as elected: one row per representative of the union's registered congress. */
@Component
class RepresentativeImportDefinition implements ImportDefinition<RepresentativeImportDefinition.Row> {

    record Row(Long unionId, RepresentativeRequest representative) {
    }

    private final MembersCongressService service;
    private final MembersCongressRepository congresses;
    private final Scopes scopes;

    RepresentativeImportDefinition(MembersCongressService service, MembersCongressRepository congresses, Scopes scopes) {
        this.service = service;
        this.congresses = congresses;
        this.scopes = scopes;
    }

    @Override
    public String entity() { return "Representative"; }

    @Override
    public String path() { return "/api/members-congresses"; }

    @Override
    public String permission() { return "democracy:write"; }

    @Override
    public String title() { return "会员代表名单"; }

    @Override
    public List<Column> columns() {
        return List.of(Column.union("unionId", "工会", "100"),
                Column.required("idNumber", "身份证号码", "110101199003070011").note("本工会在册会员；保留会籍的会员不能当选"),
                Column.required("electedOn", "当选日期", "2026-03-15"),
                Column.optional("frontline", "一线职工", "是").note("是/否"));
    }

    @Override
    public Row parse(ImportRow row) {
        Long union = row.union("unionId", scopes);
        if (union != null && congresses.findByUnionId(union).isEmpty()) {
            row.error("该工会尚未登记会员代表大会，请先登记");
        }
        return new Row(union, new RepresentativeRequest(row.text("idNumber"), row.pastDate("electedOn"), row.yesNo("frontline")));
    }

    @Override
    public Object key(Row r) {
        return r.unionId() + "/" + r.representative().idNumber();
    }

    @Override
    public String describeKey(Object key) {
        return "同一工会的同一名代表 " + key.toString().replaceAll("^[^/]*/", "");
    }

    @Override
    public ImportCounts write(List<Row> rows) {
        rows.forEach(r -> service.elect(congresses.findByUnionId(r.unionId()).orElseThrow().getId(), r.representative()));
        return new ImportCounts(rows.size(), 0, 0);
    }
}

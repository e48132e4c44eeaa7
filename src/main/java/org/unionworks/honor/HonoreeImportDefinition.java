package org.unionworks.honor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.IdNumbers;

/**
 * The honoree register from a spreadsheet, one row per honor: a person is matched by ID number, a
 * collective by union and name; the profile is updated, the honor added unless already registered.
 */
@Component
class HonoreeImportDefinition implements ImportDefinition<HonoreeImportDefinition.Row> {

    static final Map<String, String> KINDS = Map.of("个人", "PERSON", "集体", "COLLECTIVE");
    static final Map<String, String> STATUSES = Map.of("在职", "WORKING", "退休", "RETIRED", "已故", "DECEASED");

    record Row(long unionId, String kind, String name, String idNumber, String employerName, String post, long titleId,
               int year, String certificateNo, String status) {

        String honoreeKey() {
            return kind.equals("PERSON") && idNumber != null ? idNumber : unionId + "|" + name + "|" + employerName;
        }
    }

    private final HonoreeRepository honorees;
    private final HonorService honors;
    private final Scopes scopes;
    private final JdbcClient jdbc;

    private final org.unionworks.platform.audit.DeniedAccesses denied;

    private final HonorTitles titles;

    HonoreeImportDefinition(HonoreeRepository honorees, HonorService honors, Scopes scopes, JdbcClient jdbc,
                            org.unionworks.platform.audit.DeniedAccesses denied, HonorTitles titles) {
        this.titles = titles;
        this.denied = denied;
        this.honorees = honorees;
        this.honors = honors;
        this.scopes = scopes;
        this.jdbc = jdbc;
    }

    @Override
    public String entity() {
        return "Honoree";
    }

    @Override
    public String path() {
        return "/api/honorees";
    }

    @Override
    public String permission() {
        return "honor:write";
    }

    @Override
    public String title() {
        return "劳模库";
    }

    @Override
    public List<Column> columns() {
        return List.of(
                Column.union("unionId", "工会编号", "100"),
                Column.required("kind", "类型", "个人").note("个人 或 集体"),
                Column.required("name", "姓名/集体名称", "张建国"),
                Column.optional("idNumber", "身份证号", "").note("个人填写；公开名单没有的可留空，须填工作单位，导入后在“待核实身份”中对应到人"),
                Column.optional("employerName", "工作单位", "某重工集团").note("未填身份证号的个人必填"),
                Column.optional("post", "职务岗位", "首席技师"),
                Column.required("title", "荣誉称号", "省劳动模范").note("须是荣誉称号目录中的名称"),
                Column.required("year", "获得年份", "2020"),
                Column.optional("certificateNo", "证书编号", ""),
                Column.optional("status", "状态", "在职").note("在职、退休或已故，空为在职"));
    }

    @Override
    public Row parse(ImportRow row) {
        Long unionId = row.union("unionId", scopes);
        String kind = choice(row, "kind", KINDS, "类型只能是个人或集体");
        String idNumber = IdNumbers.normalize(row.text("idNumber", 18));
        String employer = row.text("employerName", 200);
        if ("PERSON".equals(kind) && idNumber == null && employer == null) {
            row.error("未填身份证号的个人须填写工作单位，以便日后核实身份");
        } else if ("PERSON".equals(kind) && idNumber != null) {
            String problem = IdNumbers.problem(idNumber, LocalDate.now());
            if (problem != null) {
                row.error(problem);
            }
        }
        Long title = unionId == null ? null : titleId(row, kind, unionId);
        Integer year = row.integer("year", 1950, LocalDate.now().getYear());
        String status = row.text("status") == null ? "WORKING" : choice(row, "status", STATUSES, "状态只能是在职、退休或已故");
        String name = row.text("name", 100);
        if (unionId == null || kind == null || title == null || year == null || status == null || name == null) {
            return null;
        }
        return new Row(unionId, kind, name, kind.equals("PERSON") ? idNumber : null, employer,
                row.text("post", 100), title, year, row.text("certificateNo", 50), status);
    }

    private static String choice(ImportRow row, String key, Map<String, String> labels, String message) {
        String v = row.text(key);
        if (v == null) {
            return null;
        }
        String code = labels.containsKey(v) ? labels.get(v) : labels.containsValue(v) ? v : null;
        if (code == null) {
            row.error(message);
        }
        return code;
    }

    /** The title by name that applies to the row's union (its own or an upper union's before the catalogue's), checked against the kind. */
    private Long titleId(ImportRow row, String kind, long unionId) {
        String name = row.text("title");
        if (name == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<HonorTitle> catalogue = (List<HonorTitle>) row.shared().computeIfAbsent("titles", k -> titles.all());
        HonorTitle t = titles.named(catalogue, name, unionId).orElse(null);
        if (t == null) {
            row.error("荣誉称号“" + name + "”不在目录中（本工会自设的称号请先在“称号目录”中添加）");
            return null;
        }
        if (kind != null && kind.equals("COLLECTIVE") != t.getKind().equals("COLLECTIVE")) {
            row.error(kind.equals("COLLECTIVE") ? "集体只能获得集体荣誉" : "个人不能获得集体荣誉");
            return null;
        }
        return t.getId();
    }

    @Override
    public Object key(Row r) {
        return List.of(r.honoreeKey(), r.titleId(), r.year());
    }

    @Override
    public String describeKey(Object key) {
        List<?> k = (List<?>) key;
        return k.get(0) + " 的 " + k.get(2) + " 年同一荣誉";
    }

    /** A person already registered under a union the importer cannot see is refused, not moved. */
    @Override
    public void checkBatch(List<Checked<Row>> rows) {
        for (Checked<Row> c : rows) {
            Row r = c.value();
            if (r.idNumber() == null) {
                continue;
            }
            jdbc.sql("select union_id from honoree where id_number = :i").param("i", r.idNumber()).query(Long.class).optional()
                    .filter(u -> !scopes.isVisible(u))
                    .ifPresent(u -> c.error(denied.duplicateElsewhere("劳模库", r.idNumber())));
        }
    }

    @Override
    public ImportCounts write(List<Row> rows) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Row r : rows) {
            Honoree h = find(r);
            boolean isNew = h == null;
            boolean changed = false;
            if (isNew) {
                h = new Honoree(r.unionId(), r.kind());
            }
            if (isNew || !Objects.equals(h.getName(), r.name()) || !Objects.equals(h.getEmployerName(), r.employerName())
                    || !Objects.equals(h.getPost(), r.post()) || h.getStatus() != HonoreeStatus.valueOf(r.status())) {
                h.describe(r.name(), r.idNumber(), r.idNumber() == null ? null
                                : IdNumbers.parse(r.idNumber(), LocalDate.now()).sex().name(), r.employerName(), r.post(),
                        h.getDeeds(), h.getPhotoFileId(), HonoreeStatus.valueOf(r.status()), h.isPublicProfile());
                honors.linkMember(h);
                h = honorees.saveAndFlush(h);
                changed = !isNew;
            }
            boolean awarded = jdbc.sql("select count(*) from honor_award where honoree_id = :h and title_id = :t and award_year = :y")
                    .param("h", h.getId()).param("t", r.titleId()).param("y", r.year()).query(Long.class).single() > 0;
            if (!awarded) {
                honors.award(h.getId(), r.titleId(), r.year(), r.certificateNo());
            }
            if (isNew || !awarded) {
                created++;
            } else if (changed) {
                updated++;
            } else {
                unchanged++;
            }
        }
        return new ImportCounts(created, updated, unchanged);
    }

    private Honoree find(Row r) {
        Long id = r.idNumber() != null
                ? jdbc.sql("select id from honoree where id_number = :i").param("i", r.idNumber()).query(Long.class).optional().orElse(null)
                : r.kind().equals("PERSON")
                ? jdbc.sql("""
                        select id from honoree where kind = 'PERSON' and id_number is null and merged_into is null
                           and union_id = :u and name = :n and employer_name = :e""")
                        .param("u", r.unionId()).param("n", r.name()).param("e", r.employerName()).query(Long.class).optional().orElse(null)
                : jdbc.sql("select id from honoree where kind = 'COLLECTIVE' and union_id = :u and name = :n")
                        .param("u", r.unionId()).param("n", r.name()).query(Long.class).optional().orElse(null);
        return id == null ? null : honorees.findById(id).orElseThrow();
    }
}

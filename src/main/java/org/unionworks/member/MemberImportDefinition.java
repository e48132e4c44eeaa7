package org.unionworks.member;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.figures.Tallies;
import org.unionworks.org.EmployerInfo;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.data.KeyLookups;
import org.unionworks.platform.error.FieldProblem;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.IdNumberLocks;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Mobiles;

/**
 * The member import, built for city-size files: rows are checked against the database a chunk
 * (5,000 rows) at a time (one query for their ID numbers, one for their employers), classified
 * without writing for the preview, and written by a COPY open across the chunks (JDBC batches
 * on H2). Upsert by ID number within the
 * row's union; a person who is a member of another union is reported (that is a transfer).
 */
@Component
class MemberImportDefinition implements ImportDefinition<MemberImportDefinition.Row> {

    /** One parsed row; the batch check fills in the union's district, the employer and the existing membership. */
    static final class Row {
        final long unionId;
        final MemberFields parsed;
        final String employerCode;
        Long districtId;
        Long employerId;
        Existing existing;

        Row(long unionId, MemberFields parsed, String employerCode) {
            this.unionId = unionId;
            this.parsed = parsed;
            this.employerCode = employerCode;
        }

        MemberFields fields() {
            return new MemberFields(parsed.name(), parsed.idNumber(), parsed.ethnicity(), parsed.politicalStatus(),
                    parsed.education(), parsed.hukouType(), parsed.migrantWorker(), parsed.newFormKind(), parsed.phone(),
                    parsed.cardNo(), parsed.joinedOn(), employerId);
        }
    }

    record Existing(long id, long unionId, MemberFields fields) {
    }

    private final MemberService service;
    private final OrgDirectory directory;
    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final KeyLookups keys;
    private final BulkWriter bulk;
    private final Tallies tallies;
    private final IdNumberLocks idNumbers;

    MemberImportDefinition(MemberService service, OrgDirectory directory, JdbcTemplate jdbc, JdbcClient client, KeyLookups keys,
                           BulkWriter bulk, Tallies tallies, IdNumberLocks idNumbers) {
        this.idNumbers = idNumbers;
        this.client = client;
        this.keys = keys;
        this.service = service;
        this.directory = directory;
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.tallies = tallies;
    }

    @Override
    public String entity() {
        return "Member";
    }

    @Override
    public String path() {
        return "/api/members";
    }

    @Override
    public String permission() {
        return "member:import";
    }

    @Override
    public String title() {
        return "会员";
    }

    @Override
    public List<Column> columns() {
        return List.of(
                Column.required("name", "姓名", "张三"),
                Column.required("idNumber", "身份证号", "110101199003074514").note("18位，按 GB 11643 校验；出生日期和性别由身份证号得出"),
                Column.required("unionId", "所属工会编号", "100").note("会员所在基层工会（或分工会、工会小组）的编号"),
                Column.optional("ethnicity", "民族", "汉族").dict("ethnicity"),
                Column.optional("politicalStatus", "政治面貌", "群众").dict("political_status"),
                Column.optional("education", "学历", "大学本科").dict("education"),
                Column.optional("hukouType", "户籍类型", "非农业户口").dict("hukou_type"),
                Column.optional("migrantWorker", "是否农民工", "否").note("是/否"),
                Column.optional("newFormKind", "新就业形态", "").dict("new_form_kind").note("新就业形态劳动者填写类别，其他留空"),
                Column.optional("phone", "手机号", "13800138000"),
                Column.optional("cardNo", "会员卡号", ""),
                Column.required("joinedOn", "入会时间", "2020-05-01").note("yyyy-MM-dd"),
                Column.optional("employerCode", "工作单位统一社会信用代码", "").note("已在“单位”中登记的单位"));
    }

    @Override
    public Row parse(ImportRow row) {
        String name = row.text("name", 50);
        String idNumber = IdNumbers.normalize(row.text("idNumber"));
        Integer unionId = row.integer("unionId", 1, Integer.MAX_VALUE);
        String phone = Mobiles.normalize(row.text("phone"));
        Boolean migrant = row.yesNo("migrantWorker");
        MemberFields fields = new MemberFields(name, idNumber, row.dict("ethnicity"), row.dict("politicalStatus"),
                row.dict("education"), row.dict("hukouType"), Boolean.TRUE.equals(migrant), row.dict("newFormKind"),
                phone, row.text("cardNo", 30), row.date("joinedOn"), null);
        if (name == null || idNumber == null || unionId == null || fields.joinedOn() == null) {
            return null;
        }
        for (FieldProblem p : service.problems(fields)) {
            row.error(p.message());
        }
        return new Row(unionId, fields, row.text("employerCode"));
    }

    @Override
    public Object key(Row row) {
        String n = row.parsed.idNumber();
        return Long.parseLong(n.substring(0, 17)) * 11 + (n.charAt(17) == 'X' ? 10 : n.charAt(17) - '0');
    }

    @Override
    public String describeKey(Object key) {
        long k = (Long) key;
        long check = k % 11;
        return "身份证号 " + IdNumbers.mask(String.format("%017d", k / 11) + (check == 10 ? "X" : String.valueOf(check)));
    }

    @Override
    public void beforeWrite() {
        idNumbers.holdAll(MemberService.MEMBERSHIPS);
    }

    @Override
    public void checkBatch(List<Checked<Row>> rows) {
        checkUnions(rows);
        List<String> codes = rows.stream().map(r -> r.value().employerCode).filter(Objects::nonNull).distinct().toList();
        Map<String, EmployerInfo> employers = directory.employersByCreditCode(codes);
        Map<String, Existing> existing = existing(rows.stream().map(r -> r.value().parsed.idNumber()).toList());
        for (Checked<Row> c : rows) {
            Row r = c.value();
            if (r.employerCode != null) {
                EmployerInfo e = employers.get(r.employerCode);
                if (e == null) {
                    c.error("工作单位统一社会信用代码" + r.employerCode + "未登记或不在您的管辖范围内");
                } else if (!e.active()) {
                    c.error("工作单位“" + e.name() + "”已注销");
                } else {
                    r.employerId = e.id();
                }
            }
            r.existing = existing.get(r.parsed.idNumber());
            if (r.existing != null && r.existing.unionId() != r.unionId) {
                c.error(service.alreadyMember(r.existing.unionId(), r.parsed.idNumber()).message());
            }
        }
    }

    /** Each row's union, looked up once per import however many rows name it, a chunk's new ones in one query. */
    private void checkUnions(List<Checked<Row>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Long, MemberService.UnionCheck> known = (Map<Long, MemberService.UnionCheck>) rows.get(0).shared()
                .computeIfAbsent("unions", k -> new HashMap<Long, MemberService.UnionCheck>());
        List<Long> unknown = rows.stream().map(r -> r.value().unionId).filter(id -> !known.containsKey(id)).distinct().toList();
        known.putAll(service.memberUnions(unknown));
        for (Checked<Row> c : rows) {
            MemberService.UnionCheck check = known.get(c.value().unionId);
            if (check.problem() != null) {
                c.error(check.problem());
            } else {
                c.value().districtId = check.union().districtId();
            }
        }
    }

    private Map<String, Existing> existing(List<String> idNumbers) {
        Map<String, Existing> found = new HashMap<>();
        if (idNumbers.isEmpty()) {
            return found;
        }
        // KeyLookups: a list of a thousand parameters was compared with every row of a table whose statistics, mid-import,
        // still said it was empty (1,400 rows/s instead of tens of thousands).
        client.sql("""
                select id, union_id, name, id_number, ethnicity, political_status, education, hukou_type, migrant_worker,
                       new_form_kind, phone, card_no, joined_on, employer_id
                  from member where""" + " " + keys.oneOf("active_id_number", "ids"))
                .param("ids", KeyLookups.keys("varchar", idNumbers))
                .query((rs, n) -> {
                    Long employer = rs.getObject("employer_id") == null ? null : rs.getLong("employer_id");
                    MemberFields f = new MemberFields(rs.getString("name"), rs.getString("id_number"), rs.getString("ethnicity"),
                            rs.getString("political_status"), rs.getString("education"), rs.getString("hukou_type"),
                            rs.getBoolean("migrant_worker"), rs.getString("new_form_kind"), rs.getString("phone"),
                            rs.getString("card_no"), rs.getObject("joined_on", LocalDate.class), employer);
                    return found.put(f.idNumber(), new Existing(rs.getLong("id"), rs.getLong("union_id"), f));
                }).list();
        return found;
    }

    /** The chunk's lookups (unions, employers, members by ID number) find only what was committed before the import. */
    @Override
    public boolean checksCommittedRows() {
        return true;
    }

    @Override
    public ImportCounts preview(List<Row> rows) {
        int created = 0;
        int updated = 0;
        for (Row r : rows) {
            if (r.existing == null) {
                created++;
            } else if (!r.existing.fields().equals(r.fields())) {
                updated++;
            }
        }
        return new ImportCounts(created, updated, rows.size() - created - updated);
    }

    @Override
    public ImportCounts write(List<Row> rows) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Row> inserts = new ArrayList<>();
        List<Row> updates = new ArrayList<>();
        for (Row r : rows) {
            if (r.existing == null) {
                inserts.add(r);
            } else if (!r.existing.fields().equals(r.fields())) {
                updates.add(r);
            }
        }
        bulk.stream("member", INSERT_COLUMNS, inserts.stream().map(r -> newMember(r, now)).iterator());
        if (updates.isEmpty()) {
            return new ImportCounts(inserts.size(), 0, rows.size() - inserts.size());
        }
        bulk.endStream();
        jdbc.batchUpdate("""
                update member set ethnicity = ?, political_status = ?, education = ?, hukou_type = ?, migrant_worker = ?,
                       new_form_kind = ?, phone = ?, card_no = ?, joined_on = ?, name = ?, employer_id = ?,
                       version = version + 1, updated_at = ?
                 where id = ?""", updates, 1000, (ps, r) -> {
            MemberFields f = r.fields();
            setFields(ps, 1, f);
            ps.setDate(9, Date.valueOf(f.joinedOn()));
            ps.setString(10, f.name());
            setLong(ps, 11, f.employerId());
            ps.setObject(12, now);
            ps.setLong(13, r.existing.id());
        });
        return new ImportCounts(inserts.size(), updates.size(), rows.size() - inserts.size() - updates.size());
    }

    /**
     * After a large import PostgreSQL's statistics still describe the table before it (autovacuum
     * analyzes it later): searches planned on them right after a million-row import took seconds. Its
     * thousand-row statements each added their rows to the member tally: folded now rather than at
     * the next scheduled compaction (a million rows left 12,444 year rows for 564, and the city's
     * member figures read them in 7.7 ms instead of 3.4; unfolded, the members by union kind took 4.7 s
     * the first time they were asked for).
     */
    @Override
    public void afterCommit(ImportCounts written) {
        if (bulk.postgres() && written.created() + written.updated() >= 10_000) {
            jdbc.execute("analyze member");
            tallies.compact(MemberIndicators.TALLY);
            tallies.compact(MemberIndicators.KIND_TALLY);
        }
    }

    /**
     * New members go in by a COPY kept open across chunks on PostgreSQL (the database writes a chunk while the next is
     * parsed and checked, and the tally triggers fire once per segment of the stream), batches on H2: the import's bulk of
     * the work.
     */
    private static final List<String> INSERT_COLUMNS = List.of("union_id", "district_id", "employer_id", "name", "id_number",
            "id_reversed", "birth_date", "sex", "ethnicity", "political_status", "education", "hukou_type", "migrant_worker",
            "new_form_kind", "phone", "card_no", "joined_on", "status", "status_since", "active_id_number", "version",
            "created_at", "updated_at");

    private static Object[] newMember(Row r, OffsetDateTime now) {
        MemberFields f = r.fields();
        IdNumbers.Parsed id = IdNumbers.parse(f.idNumber(), LocalDate.now());
        return new Object[] {r.unionId, r.districtId, f.employerId(), f.name(), f.idNumber(),
            new StringBuilder(f.idNumber()).reverse().toString(), id.birthDate(), id.sex().name(), f.ethnicity(),
            f.politicalStatus(), f.education(), f.hukouType(), f.migrantWorker(), f.newFormKind(), f.phone(), f.cardNo(),
            f.joinedOn(), "ACTIVE", f.joinedOn(), f.idNumber(), 0, now, now};
    }

    private static void setLong(java.sql.PreparedStatement ps, int i, Long value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(i, java.sql.Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    /** ethnicity … card number, the eight columns both statements share, from {@code first}. */
    private static void setFields(java.sql.PreparedStatement ps, int first, MemberFields f) throws java.sql.SQLException {
        ps.setString(first, f.ethnicity());
        ps.setString(first + 1, f.politicalStatus());
        ps.setString(first + 2, f.education());
        ps.setString(first + 3, f.hukouType());
        ps.setBoolean(first + 4, f.migrantWorker());
        ps.setString(first + 5, f.newFormKind());
        ps.setString(first + 6, f.phone());
        ps.setString(first + 7, f.cardNo());
    }
}

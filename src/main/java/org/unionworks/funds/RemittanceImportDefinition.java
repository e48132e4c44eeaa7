package org.unionworks.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.org.EmployerProfile;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.data.KeyLookups;
import org.unionworks.platform.excel.Column;
import org.unionworks.platform.excel.ImportCounts;
import org.unionworks.platform.excel.ImportDefinition;
import org.unionworks.platform.excel.ImportRow;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.validation.Texts;

/**
 * The monthly sheet the tax office (or the bank, for 直缴) delivers: one row per employer, month and payer type, matched by
 * 统一社会信用代码. Built like the member import for sheets of a whole city-year: a chunk's employers and existing entries
 * looked up in one query each, new entries written by COPY. A row whose code names no registered employer is not refused:
 * it is kept unmatched under the importing union (a payer to register, or a code to correct) and matched later.
 * Upsert by code, month and payer type; an entry of a closed month is never changed (the row is reported).
 */
@Component
class RemittanceImportDefinition implements ImportDefinition<RemittanceImportDefinition.Row> {

    private static final BigDecimal MAX = new BigDecimal("999999999999.99");

    /** One parsed row; the batch check fills in the employer, its union and district, and the entry it updates. */
    static final class Row {
        final String creditCode;
        final String payerName;
        final LocalDate month;
        final Remittance.PayerType payerType;
        final Amounts amounts;
        Long employerId;
        long unionId;
        Long districtId;
        Existing existing;

        Row(String creditCode, String payerName, LocalDate month, Remittance.PayerType payerType, Amounts amounts) {
            this.creditCode = creditCode;
            this.payerName = payerName;
            this.month = month;
            this.payerType = payerType;
            this.amounts = amounts;
        }

        boolean changes() {
            return !existing.amounts().equals(amounts) || !Objects.equals(existing.employerId(), employerId);
        }
    }

    /** What a row says of the money; compared with an existing entry's (scale 2, as stored). */
    record Amounts(BigDecimal payroll, BigDecimal due, BigDecimal paid, Remittance.Channel channel, LocalDate paidOn, String note) {
    }

    record Existing(long id, long unionId, Long employerId, Amounts amounts) {
    }

    private final RemittanceService service;
    private final OrgDirectory orgs;
    private final Scopes scopes;
    private final JdbcClient jdbc;
    private final KeyLookups keyLookups;
    /** Months with more original entries than this are looked up a chunk at a time rather than read at once. */
    static final int HELD_ENTRIES = 10_000;
    private volatile int heldEntries = HELD_ENTRIES;
    private final BulkWriter bulk;
    private final RemittanceRepository remittances;
    private final ClosedMonthRepository closedMonths;
    private final org.unionworks.figures.Tallies tallies;

    RemittanceImportDefinition(RemittanceService service, OrgDirectory orgs, Scopes scopes, JdbcClient jdbc,
                               KeyLookups keyLookups, BulkWriter bulk,
                               RemittanceRepository remittances, ClosedMonthRepository closedMonths,
                               org.unionworks.figures.Tallies tallies) {
        this.tallies = tallies;
        this.service = service;
        this.orgs = orgs;
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.keyLookups = keyLookups;
        this.bulk = bulk;
        this.remittances = remittances;
        this.closedMonths = closedMonths;
    }

    @Override
    public String entity() { return "Remittance"; }

    @Override
    public String path() { return "/api/remittances"; }

    @Override
    public String permission() { return "funds:write"; }

    @Override
    public String title() { return "工会经费缴费明细"; }

    @Override
    public String heldNote() { return "行的统一社会信用代码未匹配到已登记单位，已保留在“未匹配”中待登记单位后匹配"; }

    @Override
    public List<Column> columns() {
        return List.of(Column.required("creditCode", "统一社会信用代码", "91330100MA2XXXXX0X"),
                Column.required("payerName", "缴费单位名称", "某某科技有限公司"),
                Column.required("month", "所属期", "2026-10").note("年月，如 2026-10 或 2026年10月"),
                Column.required("payroll", "计费工资总额（元）", "1250000.00").plausible("1000", "10000000000"),
                Column.optional("due", "应缴金额（元）", "25000.00").note("不填按工资总额的2%计算"),
                Column.required("paid", "实缴金额（元）", "25000.00"),
                Column.required("payerType", "费种", "工会经费").note("工会经费 或 筹备金（未建会单位缴纳）"),
                Column.required("channel", "缴费方式", "税务代收").note("税务代收 或 直接缴拨"),
                Column.optional("paidOn", "缴费日期", "2026-11-15").note("有实缴金额时必填"),
                Column.optional("note", "备注", ""));
    }

    @Override
    public Row parse(ImportRow row) {
        String code = CreditCodes.normalize(row.text("creditCode"));
        if (code != null && !CreditCodes.isValid(code)) {
            row.error("统一社会信用代码“" + code + "”校验不通过");
        }
        String name = row.text("payerName", 200);
        String monthText = row.text("month");
        LocalDate month = FundsMonths.parse(monthText);
        if (monthText != null && month == null) {
            row.error("所属期“" + monthText + "”应为年月，如 2026-10");
        } else if (month != null && month.isAfter(LocalDate.now())) {
            row.error("所属期 " + YearMonth.from(month) + " 尚未开始");
        }
        BigDecimal payroll = row.amount("payroll", BigDecimal.ZERO, MAX);
        BigDecimal due = row.amount("due", BigDecimal.ZERO, MAX);
        BigDecimal paid = row.amount("paid", BigDecimal.ZERO, MAX);
        Remittance.PayerType type = choice(row, "payerType", Remittance.PayerType::named, "费种只能是“工会经费”或“筹备金”");
        Remittance.Channel channel = choice(row, "channel", Remittance.Channel::named, "缴费方式只能是“税务代收”或“直接缴拨”");
        LocalDate paidOn = row.pastDate("paidOn");
        if (paid != null && paid.signum() > 0 && paidOn == null && row.text("paidOn") == null) {
            row.error("有实缴金额时请填写缴费日期");
        }
        if (code == null || name == null || month == null || payroll == null || paid == null || type == null || channel == null) {
            return null;
        }
        BigDecimal dueNow = due == null ? service.dueOn(payroll) : due;
        return new Row(code, name, month, type, new Amounts(payroll.setScale(2), dueNow.setScale(2), paid.setScale(2), channel, paidOn,
                row.text("note", 200)));
    }

    /** A column naming one of an enum's values (by code or label), or an error with {@code message}. */
    private static <E> E choice(ImportRow row, String key, java.util.function.Function<String, java.util.Optional<E>> named, String message) {
        String text = Texts.normalize(row.text(key));
        if (text == null) {
            return null;
        }
        E value = named.apply(text).orElse(null);
        if (value == null) {
            row.error(message);
        }
        return value;
    }

    @Override
    public Object key(Row r) {
        return r.creditCode + "/" + r.month + "/" + r.payerType;
    }

    @Override
    public String describeKey(Object key) {
        String[] parts = key.toString().split("/");
        return "同一单位同一所属期同一费种（" + parts[0] + "，" + YearMonth.from(LocalDate.parse(parts[1])) + "）";
    }

    @Override
    public void checkBatch(List<Checked<Row>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Object> shared = rows.get(0).shared();
        @SuppressWarnings("unchecked")
        Set<LocalDate> closed = (Set<LocalDate>) shared.computeIfAbsent("closedMonths",
                k -> new HashSet<>(closedMonths.findAll().stream().map(ClosedMonth::getFundsMonth).toList()));
        long importer = CurrentUsers.require().unionId();
        Long importerDistrict = (Long) shared.computeIfAbsent("importerDistrict",
                k -> orgs.districtOf(importer));
        Map<String, EmployerProfile> employers = orgs.employerProfiles(rows.stream().map(c -> c.value().creditCode).distinct().toList());
        Map<String, Existing> existing = existing(rows);
        for (Checked<Row> c : rows) {
            Row r = c.value();
            if (closed.contains(r.month)) {
                c.error("所属期 " + YearMonth.from(r.month) + " 已结账，不能导入或修改；补缴、退费请在未结账月份录入更正");
                continue;
            }
            EmployerProfile e = employers.get(r.creditCode);
            if (e == null) {
                r.unionId = importer;
                r.districtId = importerDistrict;
            } else {
                r.employerId = e.id();
                r.unionId = e.ownerUnionId();
                r.districtId = e.districtId();
            }
            r.existing = existing.get(key(r));
            if (r.existing != null && !scopes.isVisible(r.existing.unionId())) {
                c.error("该单位该所属期的" + r.payerType.label + "已由其他工会登记");
            }
        }
    }

    /**
     * The chunk's existing original entries, by key, whoever they belong to (the uniqueness is city-wide), month by month as
     * the import first met each month: a month without entries before the import needs no lookup (a new month's sheet, the
     * usual case), a month with a few is read once, a month with many is looked up a chunk's codes at a time. A lookup with
     * the month as a range was planned on statistics taken before the import, which knew no rows of a new month: PostgreSQL
     * read the month's rows written so far by the import for every chunk (a quarter of a month's import time).
     */
    private Map<String, Existing> existing(List<Checked<Row>> rows) {
        Map<String, Object> shared = rows.get(0).shared();
        Map<LocalDate, List<String>> codes = new HashMap<>();
        rows.forEach(c -> codes.computeIfAbsent(c.value().month, m -> new java.util.ArrayList<>()).add(c.value().creditCode));
        Map<String, Existing> found = new HashMap<>();
        codes.forEach((month, monthCodes) -> {
            @SuppressWarnings("unchecked")
            Map<String, Existing> held = (Map<String, Existing>) shared.computeIfAbsent("entries " + month, k -> heldEntries(month));
            found.putAll(held != TOO_MANY ? held : entries("r.funds_month = :month and " + keyLookups.oneOf("r.credit_code", "codes"),
                    month, KeyLookups.keys("varchar", monthCodes.stream().distinct().toList())));
        });
        return found;
    }

    private static final Map<String, Existing> TOO_MANY = Map.of();

    /** A month's original entries when there are at most {@link #heldEntries} (10,000 by default), else {@link #TOO_MANY}. */
    private Map<String, Existing> heldEntries(LocalDate month) {
        long count = jdbc.sql("select count(*) from remittance where entry_no = 0 and funds_month = :month").param("month", month)
                .query(Long.class).single();
        return count == 0 ? new HashMap<>() : count > heldEntries ? TOO_MANY : entries("r.funds_month = :month", month, List.of());
    }

    /** For a test of the per-chunk lookup without a month of 10,000 entries. */
    void holdAtMost(int entries) {
        this.heldEntries = entries;
    }

    private Map<String, Existing> entries(String condition, LocalDate month, Object codes) {
        Map<String, Existing> found = new HashMap<>();
        jdbc.sql("""
                select r.id, r.credit_code, r.funds_month, r.payer_type, r.union_id, r.employer_id, r.payroll, r.due, r.paid, r.channel,
                       r.paid_on, r.note
                  from remittance r where r.entry_no = 0 and""" + " " + condition).param("month", month).param("codes", codes)
                .query(rs -> {
                    Amounts a = new Amounts(rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                            Remittance.Channel.valueOf(rs.getString(10)), rs.getObject(11, LocalDate.class), rs.getString(12));
                    found.put(rs.getString(2) + "/" + rs.getObject(3, LocalDate.class) + "/" + rs.getString(4),
                            new Existing(rs.getLong(1), rs.getLong(5), rs.getObject(6, Long.class), a));
                });
        return found;
    }

    @Override
    public ImportCounts preview(List<Row> rows) {
        int created = 0;
        int updated = 0;
        int held = 0;
        for (Row r : rows) {
            if (r.existing == null) {
                created++;
                held += r.employerId == null ? 1 : 0;
            } else if (r.changes()) {
                updated++;
            }
        }
        return new ImportCounts(created, updated, rows.size() - created - updated, held);
    }

    /** The chunk's lookups find only entries committed before the import: its own rows have keys no other row of it has. */
    @Override
    public boolean checksCommittedRows() {
        return true;
    }

    /**
     * New entries by one COPY kept open across chunks; changed ones through the entity, so that every amount changed is in the
     * audit log with before and after (the COPY is closed first: the connection can do one thing at a time).
     */
    @Override
    public ImportCounts write(List<Row> rows) {
        ImportCounts counts = preview(rows);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        bulk.stream("remittance", INSERT_COLUMNS, rows.stream().filter(r -> r.existing == null).map(r -> insert(r, now)).iterator());
        Map<Long, Row> changed = new HashMap<>();
        rows.stream().filter(r -> r.existing != null && r.changes()).forEach(r -> changed.put(r.existing.id(), r));
        if (!changed.isEmpty()) {
            bulk.endStream();
            Map<Long, Long> districtsById = new HashMap<>();
            Map<Long, Remittance> entries = new HashMap<>();
            for (Remittance m : remittances.findAllById(changed.keySet())) {
                Row r = changed.get(m.getId());
                RemittanceService.belongTo(m, r.employerId, r.employerId == null ? m.getUnionId() : r.unionId,
                        r.employerId == null ? m.getDistrictId() : r.districtId, districtsById);
                Amounts a = r.amounts;
                m.amounts(a.payroll(), a.due(), a.paid(), a.channel(), a.paidOn(), a.note());
                entries.put(m.getId(), m);
            }
            for (Remittance c : remittances.findByCorrectionOfIn(entries.keySet())) {
                Remittance m = entries.get(c.getCorrectionOf());
                RemittanceService.belongTo(c, m.getEmployerId(), m.getUnionId(), m.getDistrictId(), districtsById);
            }
            remittances.flush();
            service.followDistricts(districtsById);
        }
        return counts;
    }

    @Override
    public void afterCommit(ImportCounts written) {
        if (bulk.postgres() && written.created() >= 10_000) {
            jdbc.sql("analyze remittance").update();
            tallies.compact(FundsIndicators.TALLY);
        }
    }

    static final List<String> INSERT_COLUMNS = List.of("district_id", "union_id", "employer_id", "credit_code", "payer_name",
            "funds_month", "entry_no", "payroll", "due", "paid", "payer_type", "channel", "paid_on", "note", "version", "created_at",
            "updated_at");

    private static Object[] insert(Row r, OffsetDateTime now) {
        Amounts a = r.amounts;
        return new Object[] {r.districtId, r.unionId, r.employerId, r.creditCode, r.payerName, r.month, 0, a.payroll(), a.due(), a.paid(),
            r.payerType.name(), a.channel().name(), a.paidOn(), a.note(), 0, now, now};
    }
}

package org.unionworks.assist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.demo.DemoCity;
import org.unionworks.platform.demo.DemoContributor;

/**
 * The demo city's needy-worker archive: a 低保标准 for each of its divisions, files filed over the last
 * three years (most in the archive, some closed this year, some waiting for approval) and this year's aid.
 */
@Component
class AssistDemoData implements DemoContributor {

    private static final String[] CATEGORIES = {"RELATIVE", "RELATIVE", "DEEP", "ACCIDENT"};
    private static final String[] CAUSES = {"ILLNESS", "ILLNESS", "DISABILITY", "UNEMPLOYMENT", "LOW_WAGE"};
    private static final String[] AID_KINDS = {"LIVING", "MEDICAL", "EDUCATION", "WARMTH", "WARMTH"};

    private final JdbcClient jdbc;
    private final BulkWriter bulk;

    AssistDemoData(JdbcClient jdbc, BulkWriter bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String contribute(DemoCity city) {
        Random r = city.random("assist");
        LocalDate today = city.today();
        LocalDate since = today.minusYears(3).withDayOfYear(1);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<DemoCity.Grassroots> placed = city.grassroots().stream().filter(g -> g.divisionCode() != null).toList();
        Map<String, BigDecimal> standards = new LinkedHashMap<>();
        placed.forEach(g -> standards.computeIfAbsent(g.divisionCode(), d -> BigDecimal.valueOf(900 + 50 * r.nextInt(9))));
        bulk.write("living_standard", List.of("division_code", "monthly_amount", "effective_from", "version", "created_at", "updated_at"),
                standards.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue(), since, 0, now, now}).iterator());

        int count = placed.isEmpty() ? 0 : Math.max(12, city.size().grassroots * 20 / 1000);
        List<Object[]> files = new ArrayList<>();
        Map<String, Object[]> byId = new HashMap<>();
        for (int i = 0; i < count; i++) {
            DemoCity.Grassroots g = placed.get(r.nextInt(placed.size()));
            String id = city.nextIdNumber();
            BigDecimal standard = standards.get(g.divisionCode());
            int size = 1 + r.nextInt(5);
            BigDecimal income = standard.multiply(BigDecimal.valueOf(size)).multiply(BigDecimal.valueOf(40 + r.nextInt(50)))
                    .divide(BigDecimal.valueOf(100));
            LocalDate filed = since.plusDays(r.nextInt((int) (today.toEpochDay() - since.toEpochDay())));
            String status = i % 10 == 0 ? "SUBMITTED" : i % 10 == 1 && filed.getYear() < today.getYear() ? "CLOSED" : "OPEN";
            LocalDate exit = status.equals("CLOSED") ? today.withDayOfYear(1).plusDays(r.nextInt(today.getDayOfYear())) : null;
            Object[] f = {g.id(), g.districtId(), city.name(r), id, g.divisionCode(), CATEGORIES[r.nextInt(CATEGORIES.length)],
                    CAUSES[r.nextInt(CAUSES.length)], "EMPLOYED", size, income, 6 + r.nextInt(18), standard, true, status, filed,
                    status.equals("SUBMITTED") ? null : filed, status.equals("SUBMITTED") ? null : "示范市总工会",
                    status.equals("SUBMITTED") ? null : filed.plusMonths(12), exit == null ? null : "INCOME", exit,
                    status.equals("CLOSED") ? null : id, 0, now, now};
            files.add(f);
            byId.put(id, f);
        }
        bulk.write("hardship_file", List.of("union_id", "district_id", "worker_name", "id_number", "division_code", "category",
                "main_cause", "identity", "household_size", "monthly_income", "months_below_standard", "living_standard",
                "meets_standard", "status", "submitted_on", "filed_on", "decided_by", "next_review_due", "exit_reason", "exit_on",
                "open_id_number", "version", "created_at", "updated_at"), files.iterator());

        List<Object[]> aid = new ArrayList<>();
        LocalDate yearStart = today.withDayOfYear(1);
        jdbc.sql("select id, id_number from hardship_file where status = 'OPEN'").query((rs, n) -> {
            Object[] f = byId.get(rs.getString(2));
            if (f != null) {
                LocalDate from = ((LocalDate) f[14]).isAfter(yearStart) ? (LocalDate) f[14] : yearStart;
                int days = (int) (today.toEpochDay() - from.toEpochDay()) + 1;
                for (int k = 0; k < 1 + r.nextInt(2); k++) {
                    aid.add(new Object[] {f[0], rs.getLong(1), AID_KINDS[r.nextInt(AID_KINDS.length)], from.plusDays(r.nextInt(days)),
                            BigDecimal.valueOf(500 + 100 * r.nextInt(26)), "示范市总工会帮扶资金", "示范市总工会", 0, now, now});
                }
            }
            return 0;
        }).list();
        bulk.write("aid_record", List.of("union_id", "file_id", "kind", "aid_on", "amount", "fund_source", "handled_by", "version",
                "created_at", "updated_at"), aid.iterator());
        int reliefs = placed.isEmpty() ? 0 : reliefs(city, r, placed, Math.max(4, city.size().grassroots * 5 / 1000), now);
        return String.format("低保标准 %d 个地区，困难职工档案 %,d 份，本年帮扶 %,d 笔，临时救助 %d 户", standards.size(), files.size(),
                aid.size(), reliefs);
    }

    private static final String[] RELIEF_REASONS = {"家中突发火灾", "家属突患重病住院", "本人交通事故致伤", "暴雨致住房受损"};

    /**
     * This year's 临时救助 of households without a file, each with the aid record that counts it among the year's aid (as
     * the service writes them: kind 其他, the reason in the note).
     */
    private int reliefs(DemoCity city, Random r, List<DemoCity.Grassroots> placed, int count, OffsetDateTime now) {
        LocalDate yearStart = city.today().withDayOfYear(1);
        for (int i = 0; i < count; i++) {
            DemoCity.Grassroots g = placed.get(r.nextInt(placed.size()));
            String reason = RELIEF_REASONS[r.nextInt(RELIEF_REASONS.length)];
            LocalDate on = yearStart.plusDays(r.nextInt(city.today().getDayOfYear()));
            BigDecimal amount = BigDecimal.valueOf(1000 + 500 * r.nextInt(9));
            long relief = DemoCity.insert(jdbc, """
                    insert into temp_relief (union_id, name, id_number, reason, relief_on, amount, fund_source, version, created_at, updated_at)
                    values (:u, :name, :id, :reason, :on, :amount, '示范市总工会帮扶资金', 0, :now, :now)""",
                    "u", g.id(), "name", city.name(r), "id", city.nextIdNumber(), "reason", reason, "on", on, "amount", amount, "now", now);
            jdbc.sql("""
                    insert into aid_record (union_id, relief_id, kind, aid_on, amount, fund_source, handled_by, note, version, created_at, updated_at)
                    values (:u, :relief, 'OTHER', :on, :amount, '示范市总工会帮扶资金', '示范市总工会', :note, 0, :now, :now)""")
                    .param("u", g.id()).param("relief", relief).param("on", on).param("amount", amount).param("note", "临时救助：" + reason)
                    .param("now", now).update();
        }
        return count;
    }
}

package org.unionworks.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.demo.DemoCity;
import org.unionworks.platform.demo.DemoContributor;

/** The demo city's rules (enacted and revised) and its problem list, some fixed, some overdue. */
@Component
class GovernanceDemoData implements DemoContributor {

    private static final String[] CATEGORIES = {"FINANCE", "ASSIST", "MODEL_WORKER", "INTERNAL_CONTROL", "CONTRACT", "PROCUREMENT"};
    private static final String[] SOURCES = {"AUDIT", "FUNDS_AUDIT", "INSPECTION", "RESEARCH", "SELF"};
    private static final String[] PROBLEMS = {"FINANCE", "ASSETS", "RULES", "SERVICE", "ORGANIZATION", "RIGHTS", "CONDUCT"};

    private final JdbcClient jdbc;
    private final BulkWriter bulk;

    GovernanceDemoData(JdbcClient jdbc, BulkWriter bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String contribute(DemoCity city) {
        Random r = city.random("governance");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = city.today();
        int rules = rules(city, r, now, today);
        int count = Math.max(20, city.size().grassroots * 20 / 1000);
        List<Object[]> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long union = r.nextInt(4) == 0 ? 1 : city.grassroots().get(r.nextInt(city.grassroots().size())).districtId();
            LocalDate found = today.minusDays(r.nextInt(400));
            LocalDate deadline = found.plusDays(30 + r.nextInt(120));
            int roll = r.nextInt(10);
            boolean done = roll < 6 && found.isBefore(today.minusDays(10));
            LocalDate doneOn = done ? found.plusDays(1 + r.nextInt((int) Math.min(150, today.toEpochDay() - found.toEpochDay() - 1))) : null;
            boolean closed = done && roll < 3;
            items.add(new Object[] {union, SOURCES[r.nextInt(SOURCES.length)], PROBLEMS[r.nextInt(PROBLEMS.length)],
                    "问题清单第" + (i + 1) + "项：经费支出审批手续不全", "责任人" + (i + 1), "财务部", "完善审批流程，补齐手续", deadline, found,
                    closed ? "CLOSED" : done ? "DONE" : "IN_PROGRESS", r.nextInt(10) == 0 && done, doneOn, done ? "已整改" : null,
                    closed ? "纪检组" : null, closed ? doneOn : null, 0, now, now});
        }
        bulk.write("rectification", List.of("union_id", "source", "category", "description", "owner_person", "owner_department",
                "measures", "deadline", "found_on", "status", "immediate", "done_on", "result", "verifier", "verified_on", "version",
                "created_at", "updated_at"), items.iterator());
        int matters = majorMatters(city, r, now, today);
        return String.format("管理制度 %,d 项，问题清单 %,d 条，三重一大事项 %d 项", rules, items.size(), matters);
    }

    /**
     * This year's 三重一大 of the city and each district, decided collectively at their 党组会 — but for one large payment
     * of the last district entered without its meeting, which the register flags.
     */
    private int majorMatters(DemoCity city, Random r, OffsetDateTime now, LocalDate today) {
        List<Long> owners = cityAndDistricts(city);
        List<Object[]> rows = new ArrayList<>();
        LocalDate yearStart = today.withDayOfYear(1);
        for (long owner : owners) {
            boolean unrecorded = owner == owners.get(owners.size() - 1);
            int meeting = 1;
            for (String[] m : MAJOR_MATTERS) {
                LocalDate on = yearStart.plusDays(r.nextInt(today.getDayOfYear()));
                boolean recorded = !(unrecorded && m[0].equals("LARGE_SUM"));
                BigDecimal amount = m[0].equals("LARGE_SUM") || m[0].equals("PROJECT")
                        ? BigDecimal.valueOf(320_000 + 10_000 * r.nextInt(30)) : null;
                rows.add(new Object[] {owner, m[1], m[0], amount, recorded ? "党组会（" + today.getYear() + "年第" + meeting++ + "次）" : null,
                    recorded ? on : null, recorded ? "党组成员7人，经审会主任列席" : null, recorded ? m[2] : null,
                    recorded ? "同意7票，反对0票，弃权0票" : null, 0, now, now});
            }
        }
        bulk.write("major_matter", List.of("union_id", "matter", "matter_type", "amount", "meeting", "decided_on", "participants",
                "decision", "votes", "version", "created_at", "updated_at"), rows.iterator());
        return rows.size();
    }

    private static final String[][] MAJOR_MATTERS = {
        {"DECISION", "审议本年度工会经费预算和送温暖活动方案", "同意预算和方案，报上级工会备案"},
        {"APPOINTMENT", "推荐经费审查委员会主任人选", "同意推荐，按程序报批"},
        {"PROJECT", "职工服务中心改造项目立项", "同意立项，按政府采购程序实施"},
        {"LARGE_SUM", "支付送温暖慰问物资采购款", "同意支付，专款专用"}};

    /** The city's union (the root) and its districts', in the order the city lists them. */
    private static List<Long> cityAndDistricts(DemoCity city) {
        List<Long> owners = new ArrayList<>(List.of(DemoCity.ROOT));
        owners.addAll(city.districtIds());
        return owners;
    }

    /** Each district and the city keep a few rules; about a third revised since. */
    private int rules(DemoCity city, Random r, OffsetDateTime now, LocalDate today) {
        List<Long> owners = cityAndDistricts(city);
        int n = 0;
        for (long owner : owners) {
            for (int i = 0; i < 5; i++) {
                LocalDate enacted = today.minusDays(r.nextInt(1500));
                String category = CATEGORIES[r.nextInt(CATEGORIES.length)];
                boolean revised = r.nextInt(3) == 0 && enacted.isBefore(today.minusDays(60));
                var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.sql("""
                        insert into rule_doc (union_id, title, category, status, current_version, enacted_on, version, created_at, updated_at)
                        values (:u, :t, :c, 'IN_FORCE', :v, :e, 0, :now, :now)""").param("u", owner)
                        .param("t", "管理办法第" + (++n) + "号").param("c", category).param("v", revised ? 2 : 1).param("e", enacted)
                        .param("now", now).update(keys, "id");
                long id = keys.getKey().longValue();
                revision(id, 1, "ENACT", enacted, now);
                if (revised) {
                    revision(id, 2, "REVISE", enacted.plusDays(30 + r.nextInt((int) (today.toEpochDay() - enacted.toEpochDay() - 30))), now);
                }
            }
        }
        return n;
    }

    private void revision(long rule, int no, String action, LocalDate on, OffsetDateTime now) {
        jdbc.sql("""
                insert into rule_revision (rule_id, revision_no, action, acted_on, body, done_by, created_at)
                values (:r, :n, :a, :on, '（示范数据）', 'demo', :now)""")
                .param("r", rule).param("n", no).param("a", action).param("on", on).param("now", now).update();
    }
}

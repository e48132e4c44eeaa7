package org.unionworks.democracy;

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

/**
 * The demo city's collective contracts: most unionized employers with a three-year comprehensive contract and a
 * yearly wage contract (filed, a few just signed or still negotiating, some ending within 90 days), a women's special
 * contract in one employer in four, and a regional contract per district for small employers.
 */
@Component
class DemocracyDemoData implements DemoContributor {

    private static final List<String> EMPLOYER_COLUMNS = List.of("contract_id", "employer_id", "workers", "version", "created_at", "updated_at");

    private final JdbcClient jdbc;
    private final BulkWriter bulk;

    DemocracyDemoData(JdbcClient jdbc, BulkWriter bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String contribute(DemoCity city) {
        Random r = city.random("democracy");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Contracts written = new Contracts();
        int contracts = 0;
        for (DemoCity.Grassroots g : city.grassroots()) {
            if (g.employers().isEmpty() || r.nextInt(10) < 3) {
                continue;
            }
            DemoCity.Employer e = g.employers().get(0);
            LocalDate comprehensive = city.today().minusDays(30 + r.nextInt(1000));
            contracts += contract(city.today(), g.id(), g.districtId(), "COMPREHENSIVE", "SINGLE", e.name() + "集体合同", comprehensive, 3, e.employees(), null, r, now,
                    List.of(e), written);
            LocalDate wage = city.today().minusDays(20 + r.nextInt(330));
            contracts += contract(city.today(), g.id(), g.districtId(), "WAGE", "SINGLE", e.name() + wage.getYear() + "年工资专项集体合同", wage, 1, e.employees(),
                    BigDecimal.valueOf(20 + r.nextInt(60), 1), r, now, List.of(e), written);
            if (r.nextInt(4) == 0) {
                contracts += contract(city.today(), g.id(), g.districtId(), "WOMEN", "SINGLE", e.name() + "女职工权益保护专项集体合同", comprehensive, 3,
                        Math.max(1, e.employees() / 2), null, r, now, List.of(e), written);
            }
        }
        for (Long district : city.districtIds()) {
            List<DemoCity.Employer> small = city.grassroots().stream().filter(g -> g.districtId() == district)
                    .flatMap(g -> g.employers().stream()).filter(e -> e.employees() < 100).limit(8).toList();
            if (small.size() > 1) {
                contracts += contract(city.today(), district, district, "COMPREHENSIVE", "REGIONAL", "区域性小微企业集体合同（" + district + "）",
                        city.today().minusDays(200 + r.nextInt(400)), 3, small.stream().mapToInt(DemoCity.Employer::employees).sum(), null, r, now,
                        small, written);
            }
        }
        written.write();
        int congresses = congresses(city, r, now);
        return String.format("集体合同 %,d 份（覆盖单位 %,d 家次），职代会 %,d 个", contracts, written.employers, congresses);
    }

    /** A contract whose 要约 was {@code offered}: signed three weeks later for {@code years}, filed two weeks after that. */
    private int contract(LocalDate today, long union, long district, String kind, String coverage, String title, LocalDate offered, int years, int workers, BigDecimal rise,
                         Random r, OffsetDateTime now, List<DemoCity.Employer> employers, Contracts contracts) {
        LocalDate signed = offered.plusDays(21);
        LocalDate filed = signed.plusDays(7 + r.nextInt(7));
        String status = signed.isAfter(today) ? "NEGOTIATING" : filed.isAfter(today) ? "SIGNED" : "FILED";
        boolean isSigned = !status.equals("NEGOTIATING");
        LocalDate starts = signed.plusDays(1);
        Integer rounds = 2 + r.nextInt(4);
        String filingNo = status.equals("FILED") ? "集备〔" + filed.getYear() + "〕" + (1000 + r.nextInt(9000)) + "号" : null;
        long id = contracts.add(union, district, kind, coverage, title, offered, "UNION", rounds, status, isSigned ? signed : null,
                isSigned ? starts : null, isSigned ? starts.plusYears(years).minusDays(1) : null, isSigned ? Math.max(1, workers) : null,
                isSigned ? rise : null, isSigned ? "劳动报酬、工作时间、休息休假、劳动安全卫生、保险福利等" : null,
                status.equals("FILED") ? filed : null, filingNo, status.equals("FILED") ? "人力资源和社会保障局" : null, 0, now, now);
        contracts.cover(id, employers, now);
        return 1;
    }

    private static final List<String> CONTRACT_COLUMNS = List.of("union_id", "district_id", "kind", "coverage", "title", "offer_on", "offer_party", "rounds",
            "status", "signed_on", "starts_on", "ends_on", "workers_covered", "wage_rise", "key_terms", "filed_on", "filing_no",
            "filing_authority", "version", "created_at", "updated_at");

    /**
     * The contracts and their employers, written ten thousand at a time: by COPY on PostgreSQL, with ids drawn from the table's sequence
     * (a statement each ran the figures' tally trigger, 400 contracts a second), a statement each on H2.
     */
    private final class Contracts {
        int employers;
        private final List<Object[]> covered = new ArrayList<>();
        private final List<Object[]> rows = new ArrayList<>();
        private final DrawnIds ids = new DrawnIds("collective_contract");

        long add(Object... values) {
            return bulk.postgres() ? ids.add(rows, values) : insert("collective_contract", CONTRACT_COLUMNS, values);
        }

        /** The employers contract {@code id} covers; the contracts so far are written once ten thousand employers wait. */
        void cover(long id, List<DemoCity.Employer> employers, OffsetDateTime now) {
            for (DemoCity.Employer e : employers) {
                covered.add(new Object[] {id, e.id(), e.employees(), 0, now, now});
            }
            if (covered.size() >= 10_000) {
                write();
            }
        }

        void write() {
            List<String> columns = new ArrayList<>(List.of("id"));
            columns.addAll(CONTRACT_COLUMNS);
            bulk.write("collective_contract", columns, rows.iterator());
            bulk.write("contract_employer", EMPLOYER_COLUMNS, covered.iterator());
            employers += covered.size();
            rows.clear();
            covered.clear();
        }
    }

    private static final String[] PROPOSALS = {"提高一线职工夜班津贴", "改善职工食堂伙食", "增设职工休息室", "加强高温作业劳动保护", "开展技能培训",
        "完善职工体检项目", "增加班车线路", "规范加班审批"};
    private static final String[] PROPOSAL_CATEGORIES = {"PAY", "WELFARE", "WELFARE", "SAFETY", "TRAINING", "WELFARE", "OTHER", "MANAGEMENT"};
    private static final String[] CHANNELS = {"CONGRESS", "BOARD", "BOARD", "MEETING", "ONLINE", "WECHAT"};
    private static final String[] MATTERS = {"年度经营情况和重大决策", "职工工资调整方案", "劳动安全卫生情况", "职工社会保险缴纳情况", "招待费使用情况",
        "评先评优结果"};

    /** Most employers with a union hold a 职代会 (职工大会 under 100 workers) each spring, with proposals, and make matters public. */
    private int congresses(DemoCity city, Random r, OffsetDateTime now) {
        int count = 0;
        List<Object[]> disclosures = new ArrayList<>();
        List<Object[]> proposals = new ArrayList<>();
        for (DemoCity.Grassroots g : city.grassroots()) {
            if (g.employers().isEmpty() || r.nextInt(10) < 2) {
                continue;
            }
            DemoCity.Employer e = g.employers().get(0);
            LocalDate established = city.today().minusYears(2 + r.nextInt(4)).withDayOfYear(1 + r.nextInt(200));
            boolean congress = e.employees() >= 100;
            long id = DemoCity.insert(jdbc, """
                    insert into workers_congress (union_id, district_id, employer_id, form, established_on, representatives, version, created_at,
                        updated_at)
                    values (:u, :d, :e, :f, :on, :reps, 0, :now, :now)""", "u", g.id(), "d", g.districtId(), "e", e.id(), "f", congress ? "CONGRESS" : "ASSEMBLY",
                    "on", established, "reps", congress ? Math.max(30, e.employees() / 10) : null, "now", now);
            count++;
            int expected = congress ? Math.max(30, e.employees() / 10) : Math.max(1, e.employees());
            for (int year = established.getYear() + 1; year <= city.today().getYear(); year++) {
                LocalDate held = LocalDate.of(year, 3, 10 + r.nextInt(15));
                if (held.isAfter(city.today()) || r.nextInt(8) == 0) {
                    continue;
                }
                int present = expected - r.nextInt(Math.max(1, expected / 10));
                long session = session(id, g.districtId(), held, year + "年" + (congress ? "职工代表大会" : "职工大会"), expected, present,
                        present * 6 / 10, present * 4 / 10, "审议通过工作报告和集体合同履行情况报告", 0, now, now);
                for (int i = 0, n = 2 + r.nextInt(5); i < n; i++) {
                    int k = r.nextInt(PROPOSALS.length);
                    boolean handled = held.plusMonths(3).isBefore(city.today()) && r.nextInt(5) != 0;
                    proposals.add(new Object[] {session, g.districtId(), PROPOSALS[k], "职工代表" + city.name(r), PROPOSAL_CATEGORIES[k],
                        handled ? "HANDLED" : "ACCEPTED", handled ? held.plusMonths(2) : null, handled ? "已落实" : null, 0, now, now});
                }
                if (proposals.size() >= 10_000) {
                    writeProposals(proposals);
                }
            }
            for (int i = 0, n = 2 + r.nextInt(4); i < n; i++) {
                LocalDate on = city.today().minusDays(r.nextInt(700));
                disclosures.add(new Object[] {g.id(), g.districtId(), e.id(), on, CHANNELS[r.nextInt(CHANNELS.length)], MATTERS[r.nextInt(MATTERS.length)], 0, now, now});
            }
        }
        writeProposals(proposals);
        bulk.write("disclosure", List.of("union_id", "district_id", "employer_id", "published_on", "channel", "subject", "version", "created_at", "updated_at"),
                disclosures.iterator());
        return count;
    }

    private static final List<String> SESSION_COLUMNS = List.of("congress_id", "district_id", "held_on", "title", "expected", "present", "frontline",
            "women", "resolutions", "version", "created_at", "updated_at");
    private final List<Object[]> sessions = new ArrayList<>();
    private final DrawnIds sessionIds = new DrawnIds("congress_session");

    /**
     * A session, written with its proposals on PostgreSQL (a statement each ran the sessions' flow trigger, V59_2: the city's
     * 职代会 took minutes), a statement each on H2.
     */
    private long session(Object... values) {
        return bulk.postgres() ? sessionIds.add(sessions, values) : insert("congress_session", SESSION_COLUMNS, values);
    }

    /** One row by a statement of its own, returning its id (H2). */
    private long insert(String table, List<String> columns, Object... values) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", java.util.Collections.nCopies(values.length, "?")) + ")").params(java.util.Arrays.asList(values)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Ids drawn from a table's sequence a thousand at a time, so that rows and the rows naming them can be written by COPY. */
    private final class DrawnIds {
        private final String table;
        private final java.util.ArrayDeque<Long> ids = new java.util.ArrayDeque<>();

        DrawnIds(String table) {
            this.table = table;
        }

        /** Adds {@code values} to {@code rows} behind a drawn id, and returns that id. */
        long add(List<Object[]> rows, Object... values) {
            if (ids.isEmpty()) {
                ids.addAll(jdbc.sql("select nextval(pg_get_serial_sequence(:t, 'id')) from generate_series(1, 1000)").param("t", table)
                        .query(Long.class).list());
            }
            long id = ids.poll();
            Object[] row = new Object[values.length + 1];
            row[0] = id;
            System.arraycopy(values, 0, row, 1, values.length);
            rows.add(row);
            return id;
        }
    }

    /**
     * Written ten thousand at a time by COPY, after the sessions they belong to: a statement each, every proposal ran the
     * figures' tally trigger (the city's half million took over ten minutes).
     */
    private void writeProposals(List<Object[]> proposals) {
        List<String> columns = new ArrayList<>(List.of("id"));
        columns.addAll(SESSION_COLUMNS);
        bulk.write("congress_session", columns, sessions.iterator());
        sessions.clear();
        bulk.write("congress_proposal", List.of("session_id", "district_id", "title", "proposer", "category", "status", "handled_on", "handling",
                "version", "created_at", "updated_at"), proposals.iterator());
        proposals.clear();
    }
}

package org.unionworks.craft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.honor.HonorRegistry;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.demo.DemoCity;
import org.unionworks.platform.demo.DemoContributor;

/**
 * The demo city's contests of the last three years (items, units reporting their numbers, finalists with results,
 * 技术能手 conferred in 劳模库), innovation studios with achievements and reviews, 五小 results and evaluations.
 */
@Component
class CraftDemoData implements DemoContributor {

    private static final String[] OCCUPATIONS = {"数控车工", "焊工", "电工", "钳工", "汽车维修工", "养老护理员", "茶艺师", "快递员",
        "网约配送员", "中式烹调师", "电子商务师", "化学检验员", "起重装卸机械操作工", "育婴员", "美容美发师", "砌筑工", "模具工"};
    private static final String[] KINDS = {"SKILL", "SKILL", "SKILL", "LABOUR", "MERIT", "DRILL"};
    private static final String[] CATEGORIES = {"INVENTION", "CREATION", "RENOVATION", "DESIGN", "SUGGESTION", "PROPOSAL", "PROPOSAL"};
    private static final String[] ACHIEVEMENTS = {"PATENT", "SMALL", "SMALL", "PROPOSAL", "METHOD", "AWARD"};

    private final JdbcClient jdbc;
    private final BulkWriter bulk;
    private final HonorRegistry honors;

    CraftDemoData(JdbcClient jdbc, BulkWriter bulk, HonorRegistry honors) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.honors = honors;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String contribute(DemoCity city) {
        Random r = city.random("craft");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> entrants = new ArrayList<>();
        int contests = 0;
        for (int year = city.today().getYear() - 2; year <= city.today().getYear(); year++) {
            int perYear = Math.min(36, city.size().scaled(1) + 5);
            for (int i = 0; i < perYear; i++) {
                contests += contest(city, r, year, now, entrants) ? 1 : 0;
            }
        }
        bulk.write("contest_entrant", List.of("contest_id", "item_id", "unit_id", "name", "id_number", "sex", "employer_name", "post",
                "stage", "score", "ranking", "prize_tier", "title", "grade_upgrade", "version", "created_at", "updated_at"), entrants.iterator());
        int titles = conferTitles();
        int studios = studios(city, r, now);
        int innovations = innovations(city, r, now);
        int evaluations = evaluations(city, r, now);
        return String.format("竞赛 %,d 项（决赛选手 %,d 名，技术能手 %,d 名），创新工作室 %,d 个，五小成果 %,d 项，企业评聘 %,d 家次", contests,
                entrants.size(), titles, studios, innovations, evaluations);
    }

    /** One contest of the year: held by the city or a district; published when it ended over a month ago. */
    private boolean contest(DemoCity city, Random r, int year, OffsetDateTime now, List<Object[]> entrants) {
        LocalDate today = city.today();
        LocalDate starts = LocalDate.of(year, 1 + r.nextInt(10), 1 + r.nextInt(28));
        LocalDate ends = starts.plusDays(20 + r.nextInt(90));
        if (starts.isAfter(today)) {
            return false;
        }
        DemoCity.Grassroots host = city.grassroots().get(r.nextInt(city.grassroots().size()));
        boolean cityLevel = r.nextInt(10) < 3;
        long union = cityLevel ? 1 : host.districtId();
        String kind = KINDS[r.nextInt(KINDS.length)];
        String status = ends.isBefore(today.minusDays(30)) ? "PUBLISHED" : ends.isBefore(today.minusDays(3)) ? "NOTICE" : "OPEN";
        LocalDate noticeFrom = status.equals("OPEN") ? null : status.equals("NOTICE") ? today.minusDays(2) : ends.plusDays(2);
        String name = year + "年" + (cityLevel ? "全市" : "") + OCCUPATIONS[r.nextInt(OCCUPATIONS.length)] + "等职业" + label(kind);
        long contest = DemoCity.insert(jdbc, """
                insert into contest (union_id, name, kind, level, starts_on, ends_on, status, notice_from, notice_to, published_on, version,
                                     created_at, updated_at)
                values (:u, :n, :k, :l, :s, :e, :st, :nf, :nt, :p, 0, :now, :now)""", "u", union, "n", name, "k", kind,
                "l", cityLevel ? "CITY" : "DISTRICT", "s", starts, "e", ends, "st", status, "nf", noticeFrom,
                "nt", noticeFrom == null ? null : noticeFrom.plusDays(6), "p", status.equals("PUBLISHED") ? noticeFrom.plusDays(10) : null,
                "now", now);
        List<Long> units = units(city, r, contest, cityLevel ? null : host.districtId(), now);
        int items = 3 + r.nextInt(6);
        for (int i = 0; i < items; i++) {
            String occupation = OCCUPATIONS[(i + r.nextInt(3)) % OCCUPATIONS.length];
            long item = DemoCity.insert(jdbc, "insert into contest_item (contest_id, name, occupation, grade, version, created_at, updated_at)"
                    + " values (:c, :n, :o, :g, 0, :now, :now)", "c", contest, "n", occupation + "（第" + (i + 1) + "组）", "o", occupation,
                    "g", r.nextBoolean() ? "GRADE3" : "GRADE2", "now", now);
            finalists(city, r, contest, item, units, occupation, !status.equals("OPEN"), cityLevel, kind, now, entrants);
        }
        return true;
    }

    private List<Long> units(DemoCity city, Random r, long contest, Long district, OffsetDateTime now) {
        List<Long> ids = new ArrayList<>();
        List<DemoCity.Grassroots> pool = city.grassroots().stream().filter(g -> district == null || g.districtId() == district)
                .filter(g -> !g.employers().isEmpty()).toList();
        int count = Math.min(pool.size(), 5 + r.nextInt(20));
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
            DemoCity.Employer e = pool.get(r.nextInt(pool.size())).employers().get(0);
            if (seen.add(e.id())) {
                ids.add(DemoCity.insert(jdbc, "insert into contest_unit (contest_id, name, employer_id, entrants, version, created_at, updated_at)"
                        + " values (:c, :n, :e, :x, 0, :now, :now)", "c", contest, "n", e.name(), "e", e.id(),
                        "x", Math.max(8, Math.min(e.employees(), 20 + r.nextInt(300))), "now", now));
            }
        }
        return ids;
    }

    /** Eight to fifteen finalists of an item; with results: prizes by rank, the winner a 技术能手 in skill contests. */
    private void finalists(DemoCity city, Random r, long contest, long item, List<Long> units, String occupation, boolean results,
                           boolean cityLevel, String kind, OffsetDateTime now, List<Object[]> entrants) {
        int n = 8 + r.nextInt(8);
        for (int rank = 1; rank <= n; rank++) {
            String id = city.nextIdNumber();
            String tier = !results ? null : rank == 1 ? "FIRST" : rank <= 3 ? "SECOND" : rank <= 6 ? "THIRD" : rank <= 8 ? "MERIT" : null;
            String title = results && rank == 1 && kind.equals("SKILL") ? (cityLevel ? "市技术能手" : "县（区）技术能手") : null;
            String grade = results && rank <= 3 ? (rank == 1 ? "GRADE2" : "GRADE3") : null;
            entrants.add(new Object[] {contest, item, units.isEmpty() ? null : units.get(r.nextInt(units.size())), city.name(r), id,
                    (id.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE", "参赛单位", occupation, "FINAL",
                    results ? BigDecimal.valueOf(9990 - rank * 150L - r.nextInt(100), 2) : null, results ? rank : null, tier, title, grade, 0,
                    now, now});
        }
    }

    /** The titles of published contests conferred in 劳模库, as publication does. */
    private int conferTitles() {
        record Winner(long id, long union, String name, String idNumber, String post, String title, int year, String contest) {
        }
        List<Winner> winners = jdbc.sql("""
                select e.id, c.union_id, e.name, e.id_number, e.post, e.title, c.published_on, c.name from contest_entrant e
                  join contest c on c.id = e.contest_id where e.title is not null and c.status = 'PUBLISHED'""")
                .query((rs, i) -> new Winner(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class).getYear(), rs.getString(8))).list();
        for (Winner w : winners) {
            honors.individualTitle(w.title()).ifPresent(title -> {
                long award = honors.confer(new HonorRegistry.Conferral(w.union(), w.name(), w.idNumber(), null, w.post(), title, w.year(),
                        w.contest() + "第一名"));
                jdbc.sql("update contest_entrant set honor_award_id = :a where id = :id").param("a", award).param("id", w.id()).update();
            });
        }
        return winners.size();
    }

    private int studios(DemoCity city, Random r, OffsetDateTime now) {
        int count = Math.min(60, city.size().scaled(1) + 8);
        String[] levels = {"PROVINCIAL", "CITY", "CITY", "DISTRICT", "DISTRICT", "DISTRICT"};
        List<Object[]> achievements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DemoCity.Grassroots g = city.grassroots().get(r.nextInt(city.grassroots().size()));
            String leader = city.name(r);
            int named = city.today().getYear() - r.nextInt(6);
            long id = DemoCity.insert(jdbc, """
                    insert into innovation_studio (union_id, name, level, named_year, leader_name, host_name, employer_id, fields, member_count,
                                                   version, created_at, updated_at)
                    values (:u, :n, :l, :y, :ln, :h, :e, :f, :m, 0, :now, :now)""", "u", g.id(),
                    "n", leader + "劳模创新工作室（" + (i + 1) + "）", "l", levels[r.nextInt(levels.length)], "y", named, "ln", leader,
                    "h", g.employers().isEmpty() ? "示范单位" : g.employers().get(0).name(),
                    "e", g.employers().isEmpty() ? null : g.employers().get(0).id(), "f", OCCUPATIONS[r.nextInt(OCCUPATIONS.length)] + "工艺改进",
                    "m", 5 + r.nextInt(20), "now", now);
            reviews(r, id, named, city.today());
            for (int a = 0, n = 2 + r.nextInt(5); a < n; a++) {
                achievements.add(new Object[] {id, ACHIEVEMENTS[r.nextInt(ACHIEVEMENTS.length)], "工艺改进成果第" + (a + 1) + "项",
                        city.today().minusDays(r.nextInt(700)), BigDecimal.valueOf(10_000L + r.nextInt(2_000_000)), 0, now, now});
            }
        }
        bulk.write("studio_achievement", List.of("studio_id", "kind", "title", "achieved_on", "benefit", "version", "created_at", "updated_at"),
                achievements.iterator());
        return count;
    }

    /** A review of every full year since the naming; one in twenty studios revoked at its last review. */
    private void reviews(Random r, long studio, int named, LocalDate today) {
        for (int year = named; year < today.getYear(); year++) {
            boolean last = year == today.getYear() - 1;
            String result = last && r.nextInt(20) == 0 ? "REVOKE" : r.nextInt(8) == 0 ? "IMPROVE" : "PASS";
            LocalDate on = LocalDate.of(year + 1, 1, 20);
            jdbc.sql("insert into studio_review (studio_id, review_year, result, reviewed_on, note, created_at) values (:s, :y, :r, :o, :n, :now)")
                    .param("s", studio).param("y", year).param("r", result).param("o", on).param("n", "年度考核")
                    .param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
            if (result.equals("REVOKE")) {
                jdbc.sql("update innovation_studio set revoked_on = :o where id = :s").param("o", on).param("s", studio).update();
            }
        }
    }

    private int innovations(DemoCity city, Random r, OffsetDateTime now) {
        List<Object[]> rows = new ArrayList<>();
        int count = 3 * Math.min(400, city.size().scaled(4) + 20);
        for (int i = 0; i < count; i++) {
            DemoCity.Grassroots g = city.grassroots().get(r.nextInt(city.grassroots().size()));
            String employer = g.employers().isEmpty() ? "示范单位" : g.employers().get(0).name();
            rows.add(new Object[] {g.id(), "工序优化第" + (i + 1) + "号", CATEGORIES[r.nextInt(CATEGORIES.length)], city.name(r), employer,
                    g.employers().isEmpty() ? null : g.employers().get(0).id(), city.today().minusDays(r.nextInt(1000)),
                    BigDecimal.valueOf(1_000L + r.nextInt(300_000)), r.nextInt(3) == 0 ? "市级优秀" : null, 0, now, now});
        }
        bulk.write("small_innovation", List.of("union_id", "title", "category", "authors", "employer_name", "employer_id", "achieved_on",
                "benefit", "evaluation", "version", "created_at", "updated_at"), rows.iterator());
        return count;
    }

    private int evaluations(DemoCity city, Random r, OffsetDateTime now) {
        List<Object[]> rows = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int perYear = Math.min(120, city.size().scaled(2) + 5);
        for (int year = city.today().getYear() - 2; year <= city.today().getYear(); year++) {
            for (int i = 0; i < perYear; i++) {
                DemoCity.Grassroots g = city.grassroots().get(r.nextInt(city.grassroots().size()));
                if (g.employers().isEmpty()) {
                    continue;
                }
                long employer = g.employers().get(0).id();
                String kind = r.nextInt(3) == 0 ? "SKILL" : "TITLE";
                if (seen.add(employer + "/" + year + "/" + kind)) {
                    rows.add(new Object[] {g.id(), employer, year, kind, 5 + r.nextInt(120), r.nextInt(15) == 0, 0, now, now});
                }
            }
        }
        bulk.write("employer_evaluation", List.of("union_id", "employer_id", "eval_year", "kind", "evaluated", "demonstration", "version",
                "created_at", "updated_at"), rows.iterator());
        return rows.size();
    }

    private static String label(String kind) {
        return switch (kind) {
            case "LABOUR" -> "劳动竞赛";
            case "MERIT" -> "立功竞赛";
            case "DRILL" -> "岗位练兵";
            default -> "技能竞赛";
        };
    }

    /** Inserts one row ({@code sql} with the named parameters given as name, value, …) and returns its id. */
}

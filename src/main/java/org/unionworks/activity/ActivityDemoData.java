package org.unionworks.activity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.demo.DemoCity;
import org.unionworks.platform.demo.DemoContributor;

/**
 * The demo city's cadre and worker activities since 1 January of last year: the city's and each district's study
 * sessions, cadre trainings, worker trainings, contests and job fairs, some held by grassroots unions; their rounds of
 * 大调研 with the employers visited; and their 蹲点工作组 at grassroots unions with the practical matters done.
 */
@Component
class ActivityDemoData implements DemoContributor {

    /** What the city and each district hold in a year, by kind. */
    private static final List<Map.Entry<String, Integer>> YEARLY = List.of(Map.entry("STUDY", 6), Map.entry("TRAINING", 2),
            Map.entry("WORKER_TRAINING", 3), Map.entry("CONTEST", 1), Map.entry("JOB_SERVICE", 2));
    /** Where an activity's row holds its participants. */
    private static final int PARTICIPANTS = 5;
    private static final Map<String, String[]> TOPICS = Map.of(
            "STUDY", new String[] {"学习贯彻工会十八大精神专题学习会", "新修订《工会法》专题学习", "党的创新理论学习会", "工会工作条例学习会"},
            "TRAINING", new String[] {"基层工会主席培训班", "工会财务会计业务培训", "工会经费审查业务培训", "劳动法律监督员培训"},
            "WORKER_TRAINING", new String[] {"电工技能提升培训", "数控车工技能培训", "家政服务技能培训", "新就业形态劳动者职业技能培训"},
            "CONTEST", new String[] {"职工技能大比武", "岗位练兵技术比武", "“安康杯”安全知识竞赛"},
            "JOB_SERVICE", new String[] {"“春风行动”专场招聘会", "“春送岗位”就业服务活动", "农民工返乡就业服务"});
    private static final String[] MATTERS = {"协调解决职工通勤班车问题", "推动企业建立职工书屋", "帮助困难职工子女办理助学",
            "督促企业补缴工会经费", "协调企业落实女职工“四期”保护", "推动建立职工食堂", "协调解决拖欠农民工工资"};

    private final JdbcClient jdbc;
    private final BulkWriter bulk;

    ActivityDemoData(JdbcClient jdbc, BulkWriter bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    public String contribute(DemoCity city) {
        Random r = city.random("activity");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<Long, List<DemoCity.Grassroots>> byDistrict = city.grassroots().stream()
                .collect(Collectors.groupingBy(DemoCity.Grassroots::districtId, LinkedHashMap::new, Collectors.toList()));
        List<Long> owners = new ArrayList<>(List.of(DemoCity.ROOT));
        owners.addAll(byDistrict.keySet());
        int activities = activities(city, r, owners, now);
        int rounds = 0;
        int groups = 0;
        for (long owner : owners) {
            List<DemoCity.Grassroots> under = owner == DemoCity.ROOT ? city.grassroots() : byDistrict.get(owner);
            rounds += research(city, r, owner, under, now);
            groups += workGroups(city, r, owner, under, now);
        }
        return String.format("干部和职工活动 %,d 场，大调研 %,d 轮，蹲点工作组 %,d 个", activities, rounds, groups);
    }

    private int activities(DemoCity city, Random r, List<Long> owners, OffsetDateTime now) {
        LocalDate today = city.today();
        LocalDate since = today.withDayOfYear(1).minusYears(1);
        int days = (int) (today.toEpochDay() - since.toEpochDay());
        List<Object[]> rows = new ArrayList<>();
        for (long owner : owners) {
            for (Map.Entry<String, Integer> kind : YEARLY) {
                for (int i = 0; i < kind.getValue() * 2; i++) {
                    rows.add(activity(r, owner, kind.getKey(), since.plusDays(r.nextInt(days + 1)), now));
                }
            }
        }
        // one of this year's trainings comes from a list that never counted who came, whatever the random draws, so
        // that the figures' 数据说明 always has this case to speak of
        Object[] uncounted = activity(r, DemoCity.ROOT, "TRAINING", today.withDayOfYear(1), now);
        uncounted[PARTICIPANTS] = null;
        rows.add(uncounted);
        List<String> grassrootsKinds = List.of("STUDY", "WORKER_TRAINING", "CONTEST");
        for (int i = 0; i < city.size().scaled(300); i++) {
            DemoCity.Grassroots g = city.grassroots().get(r.nextInt(city.grassroots().size()));
            rows.add(activity(r, g.id(), grassrootsKinds.get(r.nextInt(grassrootsKinds.size())), since.plusDays(r.nextInt(days + 1)), now));
        }
        bulk.write("activity", List.of("union_id", "kind", "held_on", "topic", "organizer", "participants", "version", "created_at",
                "updated_at"), rows.iterator());
        return rows.size();
    }

    private static Object[] activity(Random r, long union, String kind, LocalDate on, OffsetDateTime now) {
        String[] topics = TOPICS.get(kind);
        int base = switch (kind) {
            case "STUDY" -> 20;
            case "TRAINING" -> 40;
            case "JOB_SERVICE" -> 300;
            default -> 60;
        };
        // an activity taken from an old list now and then does not know how many took part
        Integer participants = r.nextInt(25) == 0 ? null : base + r.nextInt(base * 3);
        return new Object[] {union, kind, on, topics[r.nextInt(topics.length)], union == DemoCity.ROOT ? "市总工会" : null, participants, 0, now, now};
    }

    /** One or two rounds a year, each visiting employers of the unions under the owner. */
    private int research(DemoCity city, Random r, long owner, List<DemoCity.Grassroots> under, OffsetDateTime now) {
        LocalDate today = city.today();
        int n = 0;
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            int rounds = 1 + r.nextInt(2);
            for (int round = 1; round <= rounds; round++) {
                LocalDate starts = LocalDate.of(year, round == 1 ? 3 : 9, 1 + r.nextInt(20));
                LocalDate ends = starts.plusDays(20 + r.nextInt(40));
                if (ends.isAfter(today)) {
                    continue;
                }
                List<String> visited = new ArrayList<>();
                int visits = 3 + r.nextInt(8);
                for (int i = 0; i < visits; i++) {
                    DemoCity.Grassroots g = under.get(r.nextInt(under.size()));
                    String employer = g.employers().get(r.nextInt(g.employers().size())).name();
                    if (!visited.contains(employer)) {
                        visited.add(employer);
                    }
                }
                DemoCity.insert(jdbc, """
                        insert into research_round (union_id, title, starts_on, ends_on, visited, visited_count, version, created_at, updated_at)
                        values (:u, :t, :s, :e, :v, :c, 0, :now, :now)""", "u", owner,
                        "t", year + "年第" + (round == 1 ? "一" : "二") + "轮“大走访、大调研”", "s", starts, "e", ends,
                        "v", String.join("、", visited), "c", visited.size(), "now", now);
                n++;
            }
        }
        return n;
    }

    /** A group a year stationed at a grassroots union under the owner, with the practical matters it saw done. */
    private int workGroups(DemoCity city, Random r, long owner, List<DemoCity.Grassroots> under, OffsetDateTime now) {
        LocalDate today = city.today();
        List<Object[]> matters = new ArrayList<>();
        int n = 0;
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            LocalDate starts = LocalDate.of(year, 2 + r.nextInt(8), 1 + r.nextInt(25));
            if (!starts.isBefore(today)) {
                continue;
            }
            LocalDate ends = starts.plusDays(60 + r.nextInt(120));
            DemoCity.Grassroots stationed = under.get(r.nextInt(under.size()));
            long group = DemoCity.insert(jdbc, """
                    insert into work_group (union_id, name, members, stationed_union_id, starts_on, ends_on, version, created_at, updated_at)
                    values (:u, :n, :m, :s, :b, :e, 0, :now, :now)""", "u", owner, "n", year + "年蹲点工作组", "m",
                    city.name(r) + "、" + city.name(r) + "、" + city.name(r), "s", stationed.id(), "b", starts,
                    "e", ends.isAfter(today) ? null : ends, "now", now);
            LocalDate last = ends.isAfter(today) ? today : ends;
            int done = 1 + r.nextInt(4);
            for (int i = 0; i < done; i++) {
                LocalDate on = starts.plusDays(r.nextInt((int) (last.toEpochDay() - starts.toEpochDay()) + 1));
                matters.add(new Object[] {group, owner, on, MATTERS[r.nextInt(MATTERS.length)], now});
            }
            n++;
        }
        bulk.write("practical_matter", List.of("group_id", "union_id", "done_on", "description", "created_at"), matters.iterator());
        return n;
    }
}

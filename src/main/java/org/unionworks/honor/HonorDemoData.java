package org.unionworks.honor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.demo.DemoCity;
import org.unionworks.platform.demo.DemoContributor;
import org.unionworks.platform.validation.IdNumbers;

/** The demo city's model workers and honored collectives, their honors from the catalogue and this year's care. */
@Component
class HonorDemoData implements DemoContributor {

    private static final String[] POSTS = {"高级技师", "车间主任", "班组长", "工程师", "护士长", "教师", "快递员", "公交驾驶员"};
    private static final String[] STATUSES = {"WORKING", "WORKING", "WORKING", "WORKING", "WORKING", "RETIRED", "RETIRED", "DECEASED"};

    private final JdbcClient jdbc;
    private final BulkWriter bulk;
    private final OrgTree orgTree;

    HonorDemoData(JdbcClient jdbc, BulkWriter bulk, OrgTree orgTree) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.orgTree = orgTree;
    }

    @Override
    public int order() {
        return 30;
    }

    private record Title(long id, String kind) {
    }

    @Override
    public String contribute(DemoCity city) {
        Random r = city.random("honor");
        List<Title> individual = new ArrayList<>();
        List<Title> collective = new ArrayList<>();
        jdbc.sql("select id, kind from honor_title where enabled = true order by id").query((rs, n) -> new Title(rs.getLong(1), rs.getString(2)))
                .list().forEach(t -> (t.kind().equals("INDIVIDUAL") ? individual : collective).add(t));
        int count = Math.max(20, city.size().grassroots * 60 / 1000);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> honorees = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DemoCity.Grassroots g = city.grassroots().get(r.nextInt(city.grassroots().size()));
            String employer = g.employers().get(0).name();
            if (i % 10 == 9) {
                honorees.add(new Object[] {g.id(), "COLLECTIVE", employer + "第" + (i + 1) + "班组", null, null, employer, null,
                        "攻坚克难、创新创效的先进集体", "WORKING", true, 0, now, now});
            } else {
                String id = city.nextIdNumber();
                honorees.add(new Object[] {g.id(), "PERSON", city.name(r), id, IdNumbers.parse(id, city.today()).sex().name(), employer,
                        POSTS[r.nextInt(POSTS.length)], "扎根一线，技术攻关成果显著", STATUSES[r.nextInt(STATUSES.length)], r.nextBoolean(),
                        0, now, now});
            }
        }
        bulk.write("honoree", List.of("union_id", "kind", "name", "id_number", "sex", "employer_name", "post", "deeds", "status",
                "public_profile", "version", "created_at", "updated_at"), honorees.iterator());
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select id, coalesce(id_number, name) from honoree").query((rs, n) -> ids.put(rs.getString(2), rs.getLong(1))).list();
        List<Object[]> awards = new ArrayList<>();
        List<Object[]> care = new ArrayList<>();
        int thisYear = city.today().getYear();
        for (Object[] h : honorees) {
            long id = ids.get(h[3] == null ? (String) h[2] : (String) h[3]);
            List<Title> titles = h[1].equals("PERSON") ? individual : collective;
            int first = 1990 + r.nextInt(thisYear - 1990 + 1);
            Title t = titles.get(r.nextInt(titles.size()));
            awards.add(new Object[] {id, t.id(), first, "示范市人民政府", "Z" + first + id, now});
            Title second = titles.get(r.nextInt(titles.size()));
            if (r.nextInt(4) == 0 && second.id() != t.id()) {
                awards.add(new Object[] {id, second.id(), Math.min(thisYear, first + 1 + r.nextInt(5)), "示范市人民政府", null, now});
            }
            if (h[1].equals("PERSON") && !h[8].equals("DECEASED") && r.nextInt(100) < 60) {
                LocalDate on = city.today().withDayOfYear(1).plusDays(r.nextInt(city.today().getDayOfYear()));
                care.add(new Object[] {id, h[0], "VISIT", on, BigDecimal.valueOf(500 + 100 * r.nextInt(26)), "示范市总工会", now});
            }
        }
        bulk.write("honor_award", List.of("honoree_id", "title_id", "award_year", "awarding_body", "certificate_no", "created_at"),
                awards.iterator());
        bulk.write("care_record", List.of("honoree_id", "union_id", "kind", "care_on", "amount", "handled_by", "created_at"),
                care.iterator());
        int stories = stories(city, r, honorees, ids, now);
        int nominations = campaign(city, r, now);
        return String.format("劳模和先进集体 %,d 个，荣誉 %,d 项，走访慰问 %,d 次，事迹宣传 %d 篇，本年评选推荐 %d 人", honorees.size(), awards.size(),
                care.size(), stories, nominations);
    }

    private static final String[] OUTLETS = {"示范日报", "示范市广播电视台", "工人日报", "示范工会微信公众号"};

    /**
     * 事迹宣传 of this year and last: a story about some of the working model workers who agreed to a public profile, each in
     * its model worker's union; the last two still drafts awaiting the editor, the others published on the public showcase.
     */
    private int stories(DemoCity city, Random r, List<Object[]> honorees, Map<String, Long> ids, OffsetDateTime now) {
        List<Object[]> told = honorees.stream().filter(h -> h[1].equals("PERSON") && h[8].equals("WORKING") && (boolean) h[9])
                .limit(Math.max(6, honorees.size() / 50)).toList();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < told.size(); i++) {
            Object[] h = told.get(i);
            boolean published = i < told.size() - 2;
            LocalDate on = city.today().minusDays(3 + r.nextInt(400));
            rows.add(new Object[] {h[0], ids.get((String) h[3]), h[2] + "：" + h[6] + "的匠心坚守", storyOf(h, r), OUTLETS[r.nextInt(OUTLETS.length)],
                    on, published, published ? "演示数据" : null, published ? morningOf(on.plusDays(1), now) : null, 0, now, now});
        }
        bulk.write("honor_story", List.of("union_id", "honoree_id", "title", "body", "media_outlet", "story_on", "published",
                "published_by", "published_at", "version", "created_at", "updated_at"), rows.iterator());
        return rows.size();
    }

    private static String storyOf(Object[] h, Random r) {
        String name = (String) h[2];
        String he = "FEMALE".equals(h[4]) ? "她" : "他";
        int projects = 3 + r.nextInt(10);
        int apprentices = 6 + r.nextInt(30);
        return (10 + r.nextInt(20)) + "年来，" + name + "扎根" + h[5] + "一线，在" + h[6] + "岗位上兢兢业业、精益求精。面对工作中的难题，" + he
                + "带领班组开展技术攻关" + projects + "项，提出合理化建议" + (projects * 2 + r.nextInt(20)) + "条，累计为企业节约成本"
                + (20 + r.nextInt(300)) + "万元。\n\n" + he + "毫无保留地传技带徒，带出的" + apprentices + "名徒弟中已有" + (1 + r.nextInt(apprentices / 2))
                + "人成长为技师、高级技师。谈起荣誉，" + name + "说：“荣誉属于整个班组，我只是把本职工作做到了最好。”";
    }

    /**
     * This year's 市劳动模范 selection, as it stands a month after nominations opened: the nominations closed, most candidates
     * in their seven days of 公示 (one with an objection not yet answered), a district still reviewing one, the city still
     * reviewing others, one not carried forward. Nothing is reported yet, so the register and its figures are untouched.
     */
    private int campaign(DemoCity city, Random r, OffsetDateTime now) {
        LocalDate today = city.today();
        long root = orgTree.rootId();
        long title = jdbc.sql("select id from honor_title where name = '市劳动模范'").query(Long.class).single();
        List<Long> districts = city.districtIds().stream().sorted().toList();
        int perDistrict = Math.min(4, Math.max(1, city.grassroots().size() / districts.size()));
        long campaign = DemoCity.insert(jdbc, """
                insert into honor_campaign (union_id, name, award_year, nominate_from, nominate_to, version, created_at, updated_at)
                values (:u, :n, :y, :f, :t, 0, :now, :now)""", "u", root, "n", today.getYear() + "年度市劳动模范评选", "y", today.getYear(),
                "f", today.minusDays(40), "t", today.minusDays(12), "now", now);
        insertQuota(campaign, title, null, districts.size() * perDistrict);
        districts.forEach(d -> insertQuota(campaign, title, d, perDistrict));
        int count = 0;
        for (long district : districts) {
            List<DemoCity.Grassroots> unions = city.grassroots().stream().filter(g -> g.districtId() == district).toList();
            for (int i = 0; i < perDistrict; i++) {
                DemoCity.Grassroots g = unions.get(r.nextInt(unions.size()));
                nominate(campaign, title, g, city, r, count++, today, now);
            }
        }
        return count;
    }

    private void insertQuota(long campaign, long title, Long union, int quota) {
        jdbc.sql("insert into campaign_quota (campaign_id, title_id, union_id, quota) values (:c, :t, :u, :q)")
                .param("c", campaign).param("t", title).param("u", union).param("q", quota).update();
    }

    /** The n-th candidate, taken as far as its place in the demo's mix of stages: most in 公示. */
    private void nominate(long campaign, long title, DemoCity.Grassroots g, DemoCity city, Random r, int n, LocalDate today,
                          OffsetDateTime now) {
        String stage = switch (n % 6) {
            case 4 -> "CITY_REVIEW";
            case 5 -> n == 5 ? "DISTRICT_REVIEW" : "CITY_REVIEW";
            default -> "NOTICE";
        };
        boolean rejected = n == 11;
        boolean notice = stage.equals("NOTICE");
        long id = DemoCity.insert(jdbc, """
                insert into nomination (campaign_id, union_id, title_id, name, id_number, employer_name, post, achievements, stage, status,
                                        notice_from, notice_to, version, created_at, updated_at)
                values (:c, :u, :t, :name, :id, :employer, :post, :deeds, :stage, :status, :from, :to, 0, :now, :now)""",
                "c", campaign, "u", g.id(), "t", title, "name", city.name(r), "id", city.nextIdNumber(),
                "employer", g.employers().get(0).name(), "post", POSTS[r.nextInt(POSTS.length)],
                "deeds", "扎根一线" + (10 + r.nextInt(20)) + "年，主持技术攻关" + (2 + r.nextInt(8)) + "项，带徒" + (5 + r.nextInt(30))
                        + "人，所在班组连续三年安全生产零事故。", "stage", stage, "status", rejected ? "REJECTED" : "ACTIVE",
                "from", notice ? today.minusDays(3) : null, "to", notice ? today.plusDays(3) : null, "now", now);
        step(id, "DISTRICT_REVIEW", "SUBMIT", "基层推荐", today.minusDays(30 - n % 10), now);
        if (!stage.equals("DISTRICT_REVIEW")) {
            step(id, "DISTRICT_REVIEW", "APPROVE", "区县审核通过", today.minusDays(10), now);
        }
        if (notice) {
            step(id, "CITY_REVIEW", "APPROVE", "市总评审通过，公示七天", today.minusDays(4), now);
        }
        if (rejected) {
            step(id, "CITY_REVIEW", "REJECT", "近五年主要事迹与推荐条件不符，不予推荐", today.minusDays(2), now);
        }
        if (n == 0) {
            jdbc.sql("""
                    insert into nomination_objection (nomination_id, content, contact, raised_at, version)
                    values (:n, '反映该候选人所在班组今年发生过一起轻微安全事故，请核实', null, :at, 0)""")
                    .param("n", id).param("at", morningOf(today.minusDays(1), now))
                    .update();
        }
    }

    private void step(long nomination, String stage, String action, String note, LocalDate on, OffsetDateTime now) {
        jdbc.sql("""
                insert into nomination_step (nomination_id, stage, action, note, done_by, done_at)
                values (:n, :s, :a, :note, '演示数据', :at)""")
                .param("n", nomination).param("s", stage).param("a", action).param("note", note).param("at", morningOf(on, now)).update();
    }

    /** Half past nine of a day in the federation's zone (the JVM's, see FederationTimeZone), or now if that is later. */
    private static OffsetDateTime morningOf(LocalDate day, OffsetDateTime now) {
        OffsetDateTime at = day.atTime(9, 30).atZone(java.time.ZoneId.systemDefault()).toOffsetDateTime();
        return at.isAfter(now) ? now : at;
    }
}

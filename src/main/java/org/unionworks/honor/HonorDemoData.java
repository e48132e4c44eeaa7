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

    HonorDemoData(JdbcClient jdbc, BulkWriter bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
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
        return String.format("劳模和先进集体 %,d 个，荣誉 %,d 项，走访慰问 %,d 次", honorees.size(), awards.size(), care.size());
    }
}

package org.unionworks.rights;

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
 * The demo city's rights cases over the last two years (mostly wage arrears), the city's 根治欠薪 专项行动 of this winter with
 * the wage cases taken in since it began, and legal outreach.
 */
@Component
class RightsDemoData implements DemoContributor {

    private static final String[] KINDS = {"WAGE_ARREARS", "WAGE_ARREARS", "WAGE_ARREARS", "LABOR_DISPUTE", "LEGAL_AID", "INJURY"};
    private static final String[] OUTREACH = {"LECTURE", "LIVE", "WEEK", "ONLINE"};

    private final BulkWriter bulk;
    private final JdbcClient jdbc;

    RightsDemoData(BulkWriter bulk, JdbcClient jdbc) {
        this.bulk = bulk;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String contribute(DemoCity city) {
        Random r = city.random("rights");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = city.today();
        int count = Math.max(15, city.size().grassroots * 60 / 1000);
        LocalDate campaignFrom = today.minusDays(45);
        long campaign = DemoCity.insert(jdbc, """
                insert into rights_campaign (union_id, name, starts_on, ends_on, version, created_at, updated_at)
                values (:root, :name, :from, :to, 0, :now, :now)""", "root", DemoCity.ROOT, "name", campaignFrom.getYear() + "年冬季根治欠薪专项行动",
                "from", campaignFrom, "to", today.plusDays(60), "now", now);
        List<Object[]> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DemoCity.Grassroots g = city.grassroots().get(r.nextInt(city.grassroots().size()));
            boolean winter = i < Math.max(3, count / 12);
            LocalDate accepted = today.minusDays(r.nextInt(winter ? 45 : 700));
            int workers = 1 + r.nextInt(40);
            BigDecimal claimed = BigDecimal.valueOf(workers * (3000L + r.nextInt(9000)));
            boolean closed = accepted.isBefore(today.minusDays(30)) && r.nextInt(10) < 8;
            LocalDate closedOn = closed ? accepted.plusDays(5 + r.nextInt((int) Math.min(60, today.toEpochDay() - accepted.toEpochDay() - 4))) : null;
            int helped = closed ? workers - r.nextInt(Math.max(1, workers / 5)) : 0;
            BigDecimal recovered = closed ? claimed.multiply(BigDecimal.valueOf(70 + r.nextInt(31))).divide(BigDecimal.valueOf(100)) : BigDecimal.ZERO;
            String kind = winter ? "WAGE_ARREARS" : KINDS[r.nextInt(KINDS.length)];
            boolean inCampaign = kind.equals("WAGE_ARREARS") && !accepted.isBefore(campaignFrom);
            cases.add(new Object[] {g.id(), kind, g.employers().get(0).name(), workers, helped, claimed, recovered,
                    "人社局", inCampaign ? campaign : null, closed ? "CLOSED" : "IN_PROGRESS", accepted, closedOn,
                    closed ? "已为职工追回工资" : null, 0, now, now});
        }
        bulk.write("rights_case", List.of("union_id", "kind", "employer_name", "workers_count", "workers_helped", "amount_claimed",
                "amount_recovered", "partner_agency", "campaign_id", "status", "accepted_on", "closed_on", "outcome", "version", "created_at",
                "updated_at"), cases.iterator());
        List<Object[]> outreach = new ArrayList<>();
        for (int i = 0; i < count / 2; i++) {
            DemoCity.Grassroots g = city.grassroots().get(r.nextInt(city.grassroots().size()));
            outreach.add(new Object[] {g.id(), today.minusDays(r.nextInt(700)), "劳动法律法规宣讲（第" + (i + 1) + "场）",
                    OUTREACH[r.nextInt(OUTREACH.length)], "示范市总工会法律部", 20 + r.nextInt(200), r.nextInt(5000), 0, now, now});
        }
        bulk.write("outreach", List.of("union_id", "held_on", "topic", "kind", "organizer", "audience_onsite", "audience_online",
                "version", "created_at", "updated_at"), outreach.iterator());
        return String.format("维权案件 %,d 件（本冬专项行动 %,d 件），普法宣传 %,d 场", cases.size(),
                cases.stream().filter(c -> c[8] != null).count(), outreach.size());
    }
}

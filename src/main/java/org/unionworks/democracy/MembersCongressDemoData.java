package org.unionworks.democracy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.member.MemberDirectory;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.demo.DemoCity;
import org.unionworks.platform.demo.DemoContributor;

/** The demo city's 会员代表大会: one in three unions of a hundred members or more, standing, with a roster and yearly meetings. */
@Component
class MembersCongressDemoData implements DemoContributor {

    private final JdbcClient jdbc;
    private final BulkWriter bulk;
    private final MemberDirectory members;

    MembersCongressDemoData(JdbcClient jdbc, BulkWriter bulk, MemberDirectory members) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.members = members;
    }

    @Override
    public int order() {
        return 93;
    }

    @Override
    public String contribute(DemoCity city) {
        Random r = city.random("members-congress");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> roster = new ArrayList<>();
        List<Object[]> meetings = new ArrayList<>();
        int congresses = 0;
        for (DemoCity.Grassroots g : city.grassroots()) {
            if (g.members() < 100 || r.nextInt(3) != 0) {
                continue;
            }
            int seats = Math.min(60, Math.max(30, g.members() / 10));
            List<MemberDirectory.Voter> reps = members.someActiveMembers(g.id(), seats);
            if (reps.size() < 30) {
                continue;
            }
            LocalDate established = city.today().minusYears(1 + r.nextInt(3)).minusDays(r.nextInt(200));
            long id = DemoCity.insert(jdbc, """
                    insert into members_congress (union_id, standing, established_on, term_starts_on, term_ends_on, seats, version, created_at, updated_at)
                    values (:u, true, :on, :on, :ends, :seats, 0, :now, :now)""", "u", g.id(), "on", established, "ends", established.plusYears(5),
                    "seats", seats, "now", now);
            congresses++;
            for (MemberDirectory.Voter v : reps) {
                roster.add(new Object[] {id, v.memberId(), v.name(), v.sex(), r.nextInt(10) < 6, established, 0, now, now});
            }
            for (LocalDate held = established.plusMonths(2); !held.isAfter(city.today()); held = held.plusYears(1)) {
                int present = reps.size() - r.nextInt(Math.max(1, reps.size() / 10));
                meetings.add(new Object[] {id, held, held.getYear() + "年会员代表大会", reps.size(), present, "审议通过工会工作报告和经费收支情况报告",
                    0, now, now});
            }
        }
        bulk.write("congress_representative", List.of("congress_id", "member_id", "name", "sex", "frontline", "elected_on", "version",
                "created_at", "updated_at"), roster.iterator());
        bulk.write("members_congress_meeting", List.of("congress_id", "held_on", "title", "expected", "present", "decisions", "version",
                "created_at", "updated_at"), meetings.iterator());
        return String.format("会员代表大会 %,d 个（代表 %,d 名，会议 %,d 次）", congresses, roster.size(), meetings.size());
    }
}

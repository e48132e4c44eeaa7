package org.unionworks.democracy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.member.MemberDirectory;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.data.BulkWriter;
import org.unionworks.platform.demo.DemoCity;
import org.unionworks.platform.demo.DemoContributor;

/**
 * The demo city's 女职工工作: most unions with ten women members or more have a 女职工委员会 (some elected with their
 * committee by the demo elections, the rest nominated; a few still lack one and are reminded), and most employers record
 * their special protection of women workers for this year and last.
 */
@Component
class WomensDemoData implements DemoContributor {

    private final JdbcClient jdbc;
    private final BulkWriter bulk;
    private final MemberDirectory members;
    private final OrgTree orgTree;
    private final WomensWorkService womensWork;

    WomensDemoData(JdbcClient jdbc, BulkWriter bulk, MemberDirectory members, OrgTree orgTree, WomensWorkService womensWork) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.members = members;
        this.orgTree = orgTree;
        this.womensWork = womensWork;
    }

    @Override
    public int order() {
        return 96;
    }

    @Override
    public String contribute(DemoCity city) {
        Random r = city.random("womens");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Set<Long> having = new HashSet<>(jdbc.sql("select union_id from womens_committee").query(Long.class).list());
        List<Object[]> committees = new ArrayList<>();
        for (long union : members.womenMembersByUnion(orgTree.rootId(), womensWork.threshold()).keySet()) {
            if (having.contains(union) || r.nextInt(10) == 0) {
                continue;
            }
            List<String> women = members.someActiveMembers(union, 40).stream().filter(v -> "FEMALE".equals(v.sex()))
                    .map(MemberDirectory.Voter::name).distinct().limit(3 + r.nextInt(3)).toList();
            if (women.isEmpty()) {
                continue;
            }
            committees.add(new Object[] {union, city.today().minusDays(60 + r.nextInt(1500)), "NOMINATION", women.get(0), String.join("、", women),
                women.size(), 0, now, now});
        }
        bulk.write("womens_committee", List.of("union_id", "formed_on", "formed_by", "chair_name", "member_names", "member_count", "version",
                "created_at", "updated_at"), committees.iterator());
        List<Object[]> protections = new ArrayList<>();
        for (DemoCity.Grassroots g : city.grassroots()) {
            if (g.employers().isEmpty() || r.nextInt(10) < 4) {
                continue;
            }
            DemoCity.Employer e = g.employers().get(0);
            int women = Math.max(1, e.employees() * (25 + r.nextInt(40)) / 100);
            for (int year = city.today().getYear() - 1; year <= city.today().getYear(); year++) {
                LocalDate checked = LocalDate.of(year, 3 + r.nextInt(6), 1 + r.nextInt(28));
                boolean inspected = !checked.isAfter(city.today()) && r.nextInt(3) != 0;
                protections.add(new Object[] {g.id(), g.districtId(), e.id(), year, r.nextInt(100) < 85, inspected ? checked : null, women,
                    women * (40 + r.nextInt(50)) / 100, 0, now, now});
            }
        }
        bulk.write("womens_protection", List.of("union_id", "district_id", "employer_id", "protection_year", "four_periods", "checked_on", "women_workers",
                "screened", "version", "created_at", "updated_at"), protections.iterator());
        return String.format("女职工委员会 %,d 个（另有选举产生 %,d 个），女职工特殊劳动保护记录 %,d 条", committees.size(), having.size(),
                protections.size());
    }
}

package org.unionworks.democracy;

import java.util.Map;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.figures.Dimension;
import org.unionworks.figures.FigureScope;
import org.unionworks.figures.Figures;
import org.unionworks.figures.Indicator;
import org.unionworks.figures.Tallies;
import org.unionworks.figures.Tally;
import org.unionworks.platform.access.SqlScopes;

/**
 * The figures of 女职工工作: 女职工委员会 in being on the date, and the special protection recorded for the years the period
 * touches (a record is per employer and year).
 */
@Configuration(proxyBeanMethods = false)
class WomensIndicators {

    private static final Dimension FORMED_BY = Dimension.of("womensCommitteeFormed", "女职委产生方式", "ELECTION", "选举产生", "NOMINATION",
            "协商推选");
    private static final String IN_BEING = " from womens_committee c where %s and c.formed_on <= :on and (c.dissolved_on is null or c.dissolved_on > :on)";
    private static final String YEARS = " from womens_protection p where %s and p.protection_year between extract(year from cast(:from as date))"
            + " and extract(year from cast(:to as date))";

    /** Committees in being {0} and their members {1} per district, how formed and the union's kind (V59_4, V59_15); a stock. */
    static final Tally COMMITTEE_TALLY = Tally.byDistrictAndPart("womens_committee_tally");
    /** A committee tally's part is 'formed_by/kind' ('' after the slash for a union of no kind). */
    private static final Function<String, String> KIND_OF = DemocracyIndicators.AFTER_SLASH.andThen(kind -> kind.isEmpty() ? null : kind);

    /** The protections' union, and their district for one district's figures. */
    private static final String PROTECTION_UNION = FigureScope.keepingDistrict("p");

    private final JdbcClient jdbc;
    private final Tallies tallies;

    WomensIndicators(JdbcClient jdbc, Tallies tallies) {
        this.jdbc = jdbc;
        this.tallies = tallies;
    }

    @Bean
    static Tally womensCommitteeTally() {
        return COMMITTEE_TALLY;
    }

    /** The tallied committees {0} and their members {1} on the date, by how formed; read once per request. */
    private Map<String, long[]> inBeing(FigureScope s) {
        return Figures.once(s, "democracy.womensCommitteesInBeing", () -> tallies.stocksByPart(COMMITTEE_TALLY, "", s,
                "coalesce(sum(t.committees), 0)", "coalesce(sum(t.members), 0)"));
    }

    @Bean
    Indicator democracyWomensCommittees() {
        return Indicator.of("democracy.womensCommittees", "建立女职工委员会的工会", "家", true, "统计日已建立且未撤销女职工委员会的工会数",
                        s -> tallies.serve(COMMITTEE_TALLY, s) ? DemocracyIndicators.total(inBeing(s), 0)
                                : s.count(jdbc, "select count(*)" + IN_BEING, "c.union_id"))
                .perUnion(s -> s.perUnion(jdbc, "select c.union_id, count(*)" + IN_BEING + " group by c.union_id", "c.union_id"))
                .rows(Indicator.RowSource.of(jdbc, "WomensCommittee", "select c.id, 1" + IN_BEING,
                        "select id, concat('女职工委员会（主任', chair_name, '）'), created_at from womens_committee where id in (:ids)", "c.union_id"))
                .by(FORMED_BY, s -> tallies.serve(COMMITTEE_TALLY, s) ? DemocracyIndicators.fold(inBeing(s), 0, DemocracyIndicators.BEFORE_SLASH)
                        : s.parts(jdbc, "select c.formed_by, count(*)" + IN_BEING + " group by c.formed_by", "c.union_id"))
                .by(Dimension.GRASSROOTS_KIND, s -> tallies.serve(COMMITTEE_TALLY, s) ? DemocracyIndicators.fold(inBeing(s), 0, KIND_OF)
                        : s.parts(jdbc, "select u.grassroots_kind, count(*)" + IN_BEING.replace(" where ",
                        SqlScopes.joinUnion("c.union_id", "u") + " where ") + " group by u.grassroots_kind", "c.union_id"));
    }

    @Bean
    Indicator democracyWomensCommitteeMembers() {
        return Indicator.of("democracy.womensCommitteeMembers", "女职工委员会委员", "人", true, "统计日在任的女职工委员会委员人数",
                s -> tallies.serve(COMMITTEE_TALLY, s) ? DemocracyIndicators.total(inBeing(s), 1)
                        : s.count(jdbc, "select coalesce(sum(c.member_count), 0)" + IN_BEING, "c.union_id"));
    }

    @Bean
    Indicator democracyFourPeriods() {
        return Indicator.of("democracy.fourPeriodsEmployers", "落实女职工“四期”保护的单位", "家", false,
                "统计期间所在年度登记为落实经期、孕期、产期、哺乳期保护的单位数（一家单位计一次）",
                s -> tallies.firsts("FP", s).orElseGet(() -> s.count(jdbc, "select count(distinct p.employer_id)" + YEARS + " and p.four_periods",
                        PROTECTION_UNION)));
    }

    @Bean
    Indicator democracyProtectionChecks() {
        return Indicator.of("democracy.protectionChecks", "开展女职工特殊劳动保护专项检查的单位", "家", false,
                "统计期间内开展了女职工特殊劳动保护专项检查的单位数",
                s -> tallies.firsts("PC", s).orElseGet(() -> s.count(jdbc,
                        "select count(distinct p.employer_id) from womens_protection p where %s and p.checked_on between :from and :to",
                        PROTECTION_UNION)));
    }

    @Bean
    Indicator democracyScreenedWomen() {
        return Indicator.of("democracy.screenedWomen", "参加“两癌”筛查的女职工", "人", false, "统计期间所在年度登记的参加“两癌”筛查的女职工人数",
                s -> s.count(jdbc, "select coalesce(sum(p.screened), 0)" + YEARS, PROTECTION_UNION));
    }
}

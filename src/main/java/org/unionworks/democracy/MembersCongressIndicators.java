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

/** The figures of 会员代表大会: congresses and representatives serving on the date, meetings in the period. */
@Configuration(proxyBeanMethods = false)
class MembersCongressIndicators {

    private static final Dimension STANDING = Dimension.of("congressStanding", "常任制", "true", "常任制", "false", "非常任制");
    private static final Dimension SEX = Dimension.of("representativeSex", "代表性别", "FEMALE", "女", "MALE", "男");
    private static final String CONGRESSES = " from members_congress c where %s and c.established_on <= :on";
    private static final String SERVING = " from congress_representative r join members_congress c on c.id = r.congress_id"
            + " where %s and r.elected_on <= :on and (r.ended_on is null or r.ended_on > :on)";

    /** Representatives serving {0} and the frontline ones among them {1}, per district and sex (V59_1); a stock. */
    static final Tally REPRESENTATIVE_TALLY = Tally.byDistrictAndPart("representative_tally");

    private final JdbcClient jdbc;
    private final Tallies tallies;

    MembersCongressIndicators(JdbcClient jdbc, Tallies tallies) {
        this.jdbc = jdbc;
        this.tallies = tallies;
    }

    @Bean
    static Tally representativeTally() {
        return REPRESENTATIVE_TALLY;
    }

    /** The tallied representatives serving {0} and frontline ones {1} on the date, by sex; read once per request. */
    private Map<String, long[]> serving(FigureScope s) {
        return Figures.once(s, "democracy.representativesServing", () -> tallies.stocksByPart(REPRESENTATIVE_TALLY, "", s,
                "coalesce(sum(t.serving), 0)", "coalesce(sum(t.frontline), 0)"));
    }

    @Bean
    Indicator democracyMembersCongresses() {
        return Indicator.of("democracy.membersCongresses", "建立会员代表大会制度的工会", "家", true, "统计日已建立会员代表大会制度的工会数",
                        s -> s.count(jdbc, "select count(*)" + CONGRESSES, "c.union_id"))
                .by(STANDING, s -> s.parts(jdbc, "select case when c.standing then 'true' else 'false' end, count(*)" + CONGRESSES
                        + " group by c.standing", "c.union_id"));
    }

    @Bean
    Indicator democracyRepresentatives() {
        return Indicator.of("democracy.representatives", "会员代表", "人", true, "统计日在任的会员代表大会代表人数",
                        s -> tallies.serve(REPRESENTATIVE_TALLY, s) ? DemocracyIndicators.total(serving(s), 0)
                                : s.count(jdbc, "select count(*)" + SERVING, "c.union_id"))
                .by(SEX, s -> tallies.serve(REPRESENTATIVE_TALLY, s) ? DemocracyIndicators.fold(serving(s), 0, Function.identity())
                        : s.parts(jdbc, "select r.sex, count(*)" + SERVING + " group by r.sex", "c.union_id"));
    }

    @Bean
    Indicator democracyFrontlineRepresentatives() {
        return Indicator.of("democracy.frontlineRepresentatives", "一线职工会员代表", "人", true, "统计日在任的会员代表中一线职工人数",
                s -> tallies.serve(REPRESENTATIVE_TALLY, s) ? DemocracyIndicators.total(serving(s), 1)
                        : s.count(jdbc, "select count(*)" + SERVING + " and r.frontline", "c.union_id"));
    }

    @Bean
    Indicator democracyMembersCongressMeetings() {
        return Indicator.of("democracy.membersCongressMeetings", "召开会员代表大会", "次", false, "统计期间内召开的会员代表大会会议次数",
                s -> s.count(jdbc, "select count(*) from members_congress_meeting m join members_congress c on c.id = m.congress_id"
                        + " where %s and m.held_on between :from and :to", "c.union_id"));
    }
}

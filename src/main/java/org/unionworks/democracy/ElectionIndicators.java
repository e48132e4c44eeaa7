package org.unionworks.democracy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.figures.Dimension;
import org.unionworks.figures.Indicator;
import org.unionworks.platform.access.SqlScopes;

/** The figures of elections kept by the rules: counted in the period their result was approved by the upper union. */
@Configuration(proxyBeanMethods = false)
class ElectionIndicators {

    private static final Dimension MODE = Dimension.of("electionMode", "选举方式", "ASSEMBLY", "会员大会", "CONGRESS", "会员代表大会");
    private static final Dimension BODY = Dimension.of("electedBody", "委员会", "COMMITTEE", "工会委员会", "AUDIT", "经费审查委员会",
            "WOMENS", "女职工委员会");
    private static final String CONFIRMED = " from election_process p where %s and p.result_approved_on between :from and :to";
    private static final String ELECTED = " from election_candidate c join election_process p on p.id = c.process_id"
            + " where %s and p.result_approved_on between :from and :to and c.elected";

    private final JdbcClient jdbc;

    ElectionIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    Indicator democracyElections() {
        return Indicator.of("democracy.elections", "按程序完成换届选举的工会", "家", false,
                        "统计期间内选举结果经上级工会批准的换届选举数（预备人选经上级工会审查、差额选举、选举结果报批）",
                        s -> s.count(jdbc, "select count(*)" + CONFIRMED, "p.union_id"))
                .by(MODE, s -> s.parts(jdbc, "select p.mode, count(*)" + CONFIRMED + " group by p.mode", "p.union_id"))
                .by(Dimension.GRASSROOTS_KIND, s -> s.parts(jdbc, "select u.grassroots_kind, count(*)" + CONFIRMED.replace(" where ",
                        SqlScopes.joinUnion("p.union_id", "u") + " where ") + " group by u.grassroots_kind", "p.union_id"));
    }

    @Bean
    Indicator democracyElected() {
        return Indicator.of("democracy.elected", "换届选举产生的委员", "人", false,
                        "统计期间内选举结果经批准的换届选举中当选的工会委员会、经费审查委员会和女职工委员会委员人数",
                        s -> s.count(jdbc, "select count(*)" + ELECTED, "p.union_id"))
                .by(BODY, s -> s.parts(jdbc, "select c.body, count(*)" + ELECTED + " group by c.body", "p.union_id"));
    }

    @Bean
    Indicator democracyElectedWomen() {
        return Indicator.of("democracy.electedWomen", "当选的女委员", "人", false,
                        "统计期间内选举结果经批准的换届选举中当选的女性委员人数（含女职工委员会委员）",
                        s -> s.count(jdbc, "select count(*)" + ELECTED + " and c.sex = 'FEMALE'", "p.union_id"))
                .by(BODY, s -> s.parts(jdbc, "select c.body, count(*)" + ELECTED + " and c.sex = 'FEMALE' group by c.body", "p.union_id"));
    }

    @Bean
    Indicator democracyElectedFrontline() {
        return Indicator.of("democracy.electedFrontline", "当选的一线职工委员", "人", false,
                "统计期间内选举结果经批准的换届选举中当选的一线职工委员人数",
                s -> s.count(jdbc, "select count(*)" + ELECTED + " and c.frontline", "p.union_id"));
    }

    @Bean
    Indicator democracyWomensCommitteesElected() {
        return Indicator.of("democracy.womensCommitteesElected", "同时选举产生女职工委员会的工会", "家", false,
                "统计期间内选举结果经批准、与工会委员会同时选举产生女职工委员会的工会数",
                s -> s.count(jdbc, "select count(*)" + CONFIRMED + " and exists (select 1 from election_candidate w"
                        + " where w.process_id = p.id and w.body = 'WOMENS' and w.elected)", "p.union_id"));
    }
}

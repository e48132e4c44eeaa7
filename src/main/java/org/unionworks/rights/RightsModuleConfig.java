package org.unionworks.rights;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.figures.Dimension;
import org.unionworks.figures.Figures;
import org.unionworks.figures.Indicator;
import org.unionworks.platform.access.PermissionGroup;
import org.unionworks.platform.error.ConstraintMessages;

/** Permissions, constraint messages and the figures of rights protection. */
@Configuration(proxyBeanMethods = false)
class RightsModuleConfig {

    private final JdbcClient jdbc;

    RightsModuleConfig(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    PermissionGroup rightsPermissions() {
        return PermissionGroup.of("rights", "维权", "rights:read", "查看维权案件和普法宣传", "rights:write", "登记和办理维权案件、普法宣传",
                "rights:import", "导入维权案件和普法宣传", "rights:export", "导出维权案件和普法宣传");
    }

    @Bean
    ConstraintMessages rightsConstraintMessages() {
        return new ConstraintMessages(Map.of(
                "ck_rights_case_numbers", "人数和金额不能为负数，获助职工人数不能多于涉及职工人数",
                "ck_rights_case_closed", "办结日期不能早于受理日期",
                "ck_outreach_audience", "受众人数不能为负数"));
    }

    private static final String CLOSED_WAGE_CASES = """
            from rights_case c
             where %s and c.kind = 'WAGE_ARREARS' and c.status = 'CLOSED' and c.closed_on between :from and :to""";

    @Bean
    Indicator workersHelped() {
        return Indicator.of("rights.workersHelped", "追回欠薪职工人数", "人", false,
                "统计期间内办结的欠薪案件中追回了工资的职工人数", s -> s.count(jdbc, "select coalesce(sum(c.workers_helped), 0) " + CLOSED_WAGE_CASES, "c.union_id"));
    }

    @Bean
    Indicator wagesRecovered() {
        return Indicator.of("rights.wagesRecovered", "追回被拖欠工资", "万元", false,
                "统计期间内办结的欠薪案件追回的金额，以万元计，保留两位小数", s -> Figures.tenThousands(s.query(jdbc,
                        "select coalesce(sum(c.amount_recovered), 0) " + CLOSED_WAGE_CASES, "c.union_id").query(BigDecimal.class).single()))
                .perUnion(s -> Figures.tenThousandsExact(s.perUnion(jdbc, "select c.union_id, coalesce(sum(c.amount_recovered), 0) "
                        + CLOSED_WAGE_CASES + " group by c.union_id", "c.union_id")))
                .rows(Indicator.RowSource.of(jdbc, "RightsCase", "select c.id, c.amount_recovered * 0.0001 " + CLOSED_WAGE_CASES, CASE_INFO,
                        "c.union_id"));
    }

    private static final Dimension KIND = Dimension.ofDictionary("caseKind", "维权案件类别", "case_kind");
    private static final Dimension STATUS = Dimension.of("caseStatus", "办理状态", "ACCEPTED", "已受理", "IN_PROGRESS", "办理中",
            "CLOSED", "已办结", "TERMINATED", "已终止");
    private static final Dimension OUTREACH_KIND = Dimension.ofDictionary("outreachKind", "普法宣传形式", "outreach_kind");
    /** A case as a difference of the annual form lists it. */
    private static final String CASE_INFO = "select id, concat(employer_name, '（', accepted_on, '受理）'), created_at from rights_case where id in (:ids)";
    private static final String ACCEPTED = " from rights_case c where %s and c.accepted_on between :from and :to";
    private static final String CLOSED = " from rights_case c where %s and c.status = 'CLOSED' and c.closed_on between :from and :to";
    private static final String OUTREACH = " from outreach o where %s and o.held_on between :from and :to";

    @Bean
    Indicator casesAccepted() {
        return Indicator.of("rights.cases", "受理维权案件数", "件", false, "统计期间内受理的各类维权案件数",
                        s -> s.count(jdbc, "select count(*)" + ACCEPTED, "c.union_id"))
                .perUnion(s -> s.perUnion(jdbc, "select c.union_id, count(*)" + ACCEPTED + " group by c.union_id", "c.union_id"))
                .rows(Indicator.RowSource.of(jdbc, "RightsCase", "select c.id, 1" + ACCEPTED, CASE_INFO, "c.union_id"))
                .by(KIND, s -> s.parts(jdbc, "select c.kind, count(*)" + ACCEPTED + " group by c.kind", "c.union_id"))
                .by(STATUS, s -> s.parts(jdbc, "select c.status, count(*)" + ACCEPTED + " group by c.status", "c.union_id"));
    }

    @Bean
    Indicator casesClosed() {
        return Indicator.of("rights.casesClosed", "办结维权案件数", "件", false, "统计期间内办结（不含终止）的维权案件数",
                        s -> s.count(jdbc, "select count(*)" + CLOSED, "c.union_id"))
                .by(KIND, s -> s.parts(jdbc, "select c.kind, count(*)" + CLOSED + " group by c.kind", "c.union_id"));
    }

    @Bean
    Indicator amountRecovered() {
        return Indicator.of("rights.amountRecovered", "为职工挽回经济损失", "万元", false,
                        "统计期间内办结的各类维权案件为职工追回、挽回的金额，以万元计，保留两位小数",
                        s -> Figures.tenThousands(s.query(jdbc, "select coalesce(sum(c.amount_recovered), 0)" + CLOSED, "c.union_id")
                                .query(BigDecimal.class).single()))
                .by(KIND, s -> Figures.tenThousands(s.parts(jdbc,
                        "select c.kind, coalesce(sum(c.amount_recovered), 0)" + CLOSED + " group by c.kind", "c.union_id")));
    }

    @Bean
    Indicator outreachEvents() {
        return Indicator.of("rights.outreachEvents", "普法宣传活动", "场", false, "统计期间内举办的普法讲座、直播、宣传周、线上专栏等活动数",
                        s -> s.count(jdbc, "select count(*)" + OUTREACH, "o.union_id"))
                .by(OUTREACH_KIND, s -> s.parts(jdbc, "select o.kind, count(*)" + OUTREACH + " group by o.kind", "o.union_id"));
    }

    @Bean
    Indicator outreachAudience() {
        return Indicator.of("rights.outreachAudience", "普法宣传受众", "人次", false, "统计期间内普法宣传活动的现场和线上受众之和",
                        s -> s.count(jdbc, "select coalesce(sum(o.audience_onsite + o.audience_online), 0)" + OUTREACH, "o.union_id"))
                .by(OUTREACH_KIND, s -> s.parts(jdbc,
                        "select o.kind, coalesce(sum(o.audience_onsite + o.audience_online), 0)" + OUTREACH + " group by o.kind", "o.union_id"));
    }

    /** A closed union's rights cases, campaigns and legal outreach pass to its successor. */
    @Bean
    org.unionworks.platform.data.Handover.OwnedBy rightsRowsOwnedByUnions() {
        return new org.unionworks.platform.data.Handover.OwnedBy("rights_case.union_id", "rights_campaign.union_id", "outreach.union_id");
    }
}

package org.unionworks.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.figures.Dimension;
import org.unionworks.figures.FigureScope;
import org.unionworks.figures.Indicator;
import org.unionworks.platform.access.PermissionGroup;
import org.unionworks.platform.error.ConstraintMessages;
import org.unionworks.platform.reminder.ReminderSource;

/** Permissions, messages, reminders and figures of governance. */
@Configuration(proxyBeanMethods = false)
class GovernanceModuleConfig {

    private static final String ITEMS = " from rectification r where %s";
    private static final Dimension CATEGORY = Dimension.ofDictionary("problemCategory", "问题类别", "problem_category");
    private static final Dimension SOURCE = Dimension.ofDictionary("problemSource", "问题来源", "problem_source");

    private final JdbcClient jdbc;

    GovernanceModuleConfig(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    PermissionGroup governancePermissions() {
        return PermissionGroup.of("governance", "制度与整改", "governance:read", "查看制度、整改台账、三重一大",
                "governance:write", "维护制度、整改台账、三重一大", "governance:export", "导出整改台账");
    }

    @Bean
    ConstraintMessages governanceConstraintMessages() {
        return new ConstraintMessages(Map.of("ck_rectification_deadline", "整改期限不能早于发现日期",
                "uq_rule_revision", "制度版本号冲突，请刷新后重试"));
    }

    /** Overdue rectifications: on the home page of the owning union and every union above it. */
    @Bean
    ReminderSource overdueRectifications() {
        return new ReminderSource() {
            public String kind() { return "RECTIFICATION_OVERDUE"; }
            public String label() { return "整改逾期"; }
            public String link() { return "/governance?status=OVERDUE"; }
            public List<Due> collect(LocalDate today) {
                return jdbc.sql("""
                                select union_id, id, description, owner_person, deadline from rectification
                                 where status = 'IN_PROGRESS' and deadline < :today order by deadline""")
                        .param("today", today)
                        .query((rs, n) -> new Due(rs.getLong(1), "Rectification", rs.getLong(2),
                                "整改逾期：" + rs.getString(3) + "（责任人 " + rs.getString(4) + "，期限 "
                                        + rs.getObject(5, LocalDate.class) + "）", rs.getObject(5, LocalDate.class)))
                        .list();
            }
        };
    }

    @Bean
    Indicator problemsFound() {
        return problems("governance.problemsFound", "查找问题数", false, "统计期间内发现并列入问题清单的问题数",
                " and r.found_on between :from and :to");
    }

    @Bean
    Indicator problemCategories() {
        return Indicator.of("governance.problemCategories", "问题类别数", "类", false, "统计期间内发现的问题涉及的类别数",
                s -> items(s, "select count(distinct r.category)", " and r.found_on between :from and :to"));
    }

    @Bean
    Indicator researchProblems() {
        return problems("governance.researchProblems", "大调研堵点问题数", false, "统计期间内大调研中找准的堵点问题数",
                " and r.source = 'RESEARCH' and r.found_on between :from and :to");
    }

    @Bean
    Indicator researchCategories() {
        return Indicator.of("governance.researchCategories", "大调研堵点问题类别数", "类", false, "统计期间内大调研堵点问题涉及的类别数",
                s -> items(s, "select count(distinct r.category)", " and r.source = 'RESEARCH' and r.found_on between :from and :to"));
    }

    @Bean
    Indicator problemsFixed() {
        return problems("governance.problemsFixed", "完成整改数", false, "统计期间内完成整改（含立整立改）的问题数",
                " and r.done_on between :from and :to");
    }

    @Bean
    Indicator problemsFixedOnTime() {
        return problems("governance.problemsOnTime", "按期完成整改数", false, "统计期间内在整改期限内完成的问题数",
                " and r.done_on between :from and :to and r.done_on <= r.deadline");
    }

    @Bean
    Indicator problemsOverdue() {
        return problems("governance.problemsOverdue", "整改逾期数", true, "统计日已过整改期限而尚未完成整改的问题数",
                " and r.found_on <= :on and r.deadline < :on and (r.done_on is null or r.done_on > :on)");
    }

    @Bean
    Indicator rulesEnacted() {
        return Indicator.of("governance.rulesEnacted", "制定制度数", "项", false, "统计期间内制定的管理制度数", s -> s.count(jdbc, """
                select count(*) from rule_revision v join rule_doc d on d.id = v.rule_id
                 where %s and v.action = 'ENACT' and v.acted_on between :from and :to""", "d.union_id"));
    }

    @Bean
    Indicator rulesRevised() {
        return Indicator.of("governance.rulesRevised", "修订制度数", "项", false, "统计期间内修订过的管理制度数（一项制度多次修订计一项）",
                s -> s.count(jdbc, """
                        select count(distinct v.rule_id) from rule_revision v join rule_doc d on d.id = v.rule_id
                         where %s and v.action = 'REVISE' and v.acted_on between :from and :to""", "d.union_id"));
    }

    @Bean
    Indicator rulesInForce() {
        return Indicator.of("governance.rulesInForce", "现行有效制度数", "项", true, "统计日已制定且未废止的管理制度数", s -> s.count(jdbc, """
                select count(*) from rule_doc d
                 where %s and d.enacted_on <= :on and (d.repealed_on is null or d.repealed_on > :on)""", "d.union_id"));
    }

    /** A count of the problems that meet {@code where}, by category and by source. */
    private Indicator problems(String key, String name, boolean stock, String definition, String where) {
        return Indicator.of(key, name, "个", stock, definition, s -> items(s, "select count(*)", where))
                .by(CATEGORY, s -> s.parts(jdbc, "select r.category, count(*)" + ITEMS + where + " group by r.category", "r.union_id"))
                .by(SOURCE, s -> s.parts(jdbc, "select r.source, count(*)" + ITEMS + where + " group by r.source", "r.union_id"));
    }

    /** {@code select} over the scope's items of the problem ledger that meet {@code where} (each beginning " and"). */
    private long items(FigureScope s, String select, String where) {
        return s.count(jdbc, select + ITEMS + where, "r.union_id");
    }

    /** A closed union's rules, problem ledger and major matters pass to its successor. */
    @Bean
    org.unionworks.platform.data.Handover.OwnedBy governanceRowsOwnedByUnions() {
        return new org.unionworks.platform.data.Handover.OwnedBy("rule_doc.union_id", "rectification.union_id", "major_matter.union_id");
    }
}

package org.unionworks.honor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.figures.FigureScope;
import org.unionworks.figures.Figures;
import org.unionworks.figures.Indicator;
import org.unionworks.platform.access.PermissionGroup;
import org.unionworks.platform.error.ConstraintMessages;

/** Permissions, messages and the figures of model workers and honors. */
@Configuration(proxyBeanMethods = false)
class HonorModuleConfig {

    /**
     * Honorees of the subtree holding, on the date, an honor awarded by then and not revoked: of any
     * level, of a national one and of a provincial one.
     */
    private static final String HOLDERS = """
            select count(distinct h.id), count(distinct h.id) filter (where t.level = 'NATIONAL'),
                   count(distinct h.id) filter (where t.level = 'PROVINCIAL')
              from honoree h join honor_award a on a.honoree_id = h.id join honor_title t on t.id = a.title_id
             where %s and a.award_year <= :year and (a.revoked_on is null or a.revoked_on > :on)""";

    private final JdbcClient jdbc;

    HonorModuleConfig(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    PermissionGroup honorPermissions() {
        return PermissionGroup.of("honor", "劳模", "honor:read", "查看劳模库", "honor:write", "维护劳模库、荣誉和关爱记录",
                "honor:export", "导出劳模库和津贴发放表", "honor:catalogue", "维护荣誉称号目录和津贴标准",
                "honor:campaign", "发起评选推荐活动");
    }

    @Bean
    ConstraintMessages honorConstraintMessages() {
        return new ConstraintMessages(Map.of("uq_honoree_id_number", "该身份证号已在劳模库中",
                "uq_honor_award", "该荣誉已登记", "uq_honor_title", "同级别已有同名称号"));
    }

    @Bean
    Indicator honorees() {
        return Indicator.of("honor.honorees", "劳模和先进人物（集体）数", "名", true,
                "统计日持有（获得且未被撤销）至少一项荣誉的劳模、先进个人和先进集体数", s -> holders(s)[0]);
    }

    @Bean
    Indicator nationalHonorees() {
        return Indicator.of("honor.national", "全国级荣誉获得者", "名", true, "统计日持有全国级荣誉的个人和集体数",
                s -> holders(s)[1]);
    }

    @Bean
    Indicator provincialHonorees() {
        return Indicator.of("honor.provincial", "省级荣誉获得者", "名", true, "统计日持有省级荣誉的个人和集体数",
                s -> holders(s)[2]);
    }

    @Bean
    Indicator awards() {
        return Indicator.of("honor.awards", "获得荣誉数", "项", false, "获得年份在统计期间所跨年度内的荣誉项数（不含已撤销的）", s -> s.query(jdbc, """
                        select count(*) from honor_award a join honoree h on h.id = a.honoree_id
                         where %s and a.award_year between :fy and :ty and a.revoked_on is null""", "h.union_id")
                .param("fy", s.from().getYear()).param("ty", s.to().getYear()).query(Long.class).single());
    }

    @Bean
    Indicator careVisits() {
        return Indicator.of("honor.careVisits", "走访慰问劳模", "人次", false, "统计期间内走访慰问劳模的人次", s -> care("count(*)", " and c.kind = 'VISIT'", s));
    }

    @Bean
    Indicator careAmount() {
        return Indicator.of("honor.careAmount", "关爱劳模资金", "万元", false, "统计期间内走访慰问、体检、疗休养、困难帮扶的金额，以万元计",
                s -> BigDecimal.valueOf(care("coalesce(sum(c.amount), 0)", "", s).doubleValue())
                        .divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP));
    }

    /** {@link #HOLDERS} on the scope's date, read once for the three figures of one request. */
    private long[] holders(FigureScope s) {
        return Figures.once(s, "honor.holders", () -> s.query(jdbc, HOLDERS, "h.union_id").param("year", s.on().getYear())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single());
    }

    private Number care(String aggregate, String kind, FigureScope s) {
        return s.query(jdbc, "select " + aggregate + " from care_record c where %s and c.care_on between :from and :to" + kind, "c.union_id")
                .query(BigDecimal.class).single();
    }

    /** A closed union's honorees, care, stories, campaigns, quotas and nominations pass to its successor. */
    @Bean
    org.unionworks.platform.data.Handover.OwnedBy honorRowsOwnedByUnions() {
        return new org.unionworks.platform.data.Handover.OwnedBy("honoree.union_id", "care_record.union_id", "honor_story.union_id", "honor_campaign.union_id", "campaign_quota.union_id", "nomination.union_id");
    }
}

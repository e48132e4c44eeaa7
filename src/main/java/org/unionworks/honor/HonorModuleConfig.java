package org.unionworks.honor;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.figures.Dimension;
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

    /** Holders registered from a winner list without an ID number, not yet identified. */
    private static final String UNIDENTIFIED_HOLDERS = """
            select count(distinct h.id)
              from honoree h join honor_award a on a.honoree_id = h.id
             where %s and h.kind = 'PERSON' and h.id_number is null and h.merged_into is null
               and a.award_year <= :year and (a.revoked_on is null or a.revoked_on > :on)""";

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

    private static final Dimension LEVEL = Dimension.of("honorLevel", "荣誉级别", "NATIONAL", "全国级", "PROVINCIAL", "省级",
            "CITY", "市级", "DISTRICT", "区县级");
    private static final Dimension TITLE = Dimension.of("honorTitle", "荣誉称号");
    private static final Dimension HONOREE_KIND = Dimension.of("honoreeKind", "个人或集体", "PERSON", "个人", "COLLECTIVE", "集体");
    private static final Dimension CARE_KIND = Dimension.of("careKind", "关爱类别", "VISIT", "走访慰问", "HEALTH", "体检",
            "RECUPERATION", "疗休养", "HARDSHIP", "困难帮扶");

    /** Each honoree's highest level held (a title awarded by {@code :year}, not revoked by {@code :on}): id, level. */
    private static final String LEVEL_HELD = """
            select a.honoree_id as id,
                   case min(case t.level when 'NATIONAL' then 1 when 'PROVINCIAL' then 2 when 'CITY' then 3 else 4 end)
                        when 1 then 'NATIONAL' when 2 then 'PROVINCIAL' when 3 then 'CITY' else 'DISTRICT' end as lvl
              from honor_award a join honor_title t on t.id = a.title_id
             where a.award_year <= :year and (a.revoked_on is null or a.revoked_on > :on)
             group by a.honoree_id""";

    @Bean
    Indicator honorees() {
        return Indicator.of("honor.honorees", "劳模和先进人物（集体）数", "名", true,
                        "统计日持有（获得且未被撤销）至少一项荣誉的劳模、先进个人和先进集体数；按级别分解时计其所获最高级别",
                        s -> holders(s)[0])
                .by(LEVEL, s -> held(s, "l.lvl"))
                .by(HONOREE_KIND, s -> held(s, "h.kind"))
                .caveat(s -> {
                    long unidentified = s.query(jdbc, UNIDENTIFIED_HOLDERS, "h.union_id").param("year", s.on().getYear())
                            .query(Long.class).single();
                    return unidentified == 0 ? null : "其中" + unidentified + "人尚未核实身份证号（按姓名和工作单位登记，待核实身份后可能与他人合并）";
                });
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

    private static final String AWARDS = """
             from honor_award a join honoree h on h.id = a.honoree_id join honor_title t on t.id = a.title_id
            where %s and a.award_year between :fy and :ty and a.revoked_on is null""";

    @Bean
    Indicator awards() {
        return Indicator.of("honor.awards", "获得荣誉数", "项", false, "获得年份在统计期间所跨年度内的荣誉项数（不含已撤销的）",
                        s -> awards(s, "").get(null))
                .by(LEVEL, s -> awards(s, "t.level"))
                .by(TITLE, s -> awards(s, "t.name"))
                .by(HONOREE_KIND, s -> awards(s, "h.kind"));
    }

    @Bean
    Indicator careVisits() {
        return Indicator.of("honor.careVisits", "走访慰问劳模", "人次", false, "统计期间内走访慰问劳模的人次；按级别分解时计劳模所获最高级别",
                        s -> care("count(*)", "", " and c.kind = 'VISIT'", s).get(null))
                .by(LEVEL, s -> care("count(*)", "l.lvl", " and c.kind = 'VISIT'", s));
    }

    @Bean
    Indicator visitedHonorees() {
        return Indicator.of("honor.visitedHonorees", "走访慰问劳模人数", "名", false,
                        "统计期间内至少被走访慰问一次的劳模人数；按级别分解时计劳模所获最高级别",
                        s -> care("count(distinct c.honoree_id)", "", " and c.kind = 'VISIT'", s).get(null))
                .by(LEVEL, s -> care("count(distinct c.honoree_id)", "l.lvl", " and c.kind = 'VISIT'", s));
    }

    @Bean
    Indicator careAmount() {
        return Indicator.of("honor.careAmount", "关爱劳模资金", "万元", false, "统计期间内走访慰问、体检、疗休养、困难帮扶的金额，以万元计",
                        s -> Figures.tenThousands(care("coalesce(sum(c.amount), 0)", "", "", s).get(null)))
                .by(CARE_KIND, s -> Figures.tenThousands(care("coalesce(sum(c.amount), 0)", "c.kind", "", s)))
                .by(LEVEL, s -> Figures.tenThousands(care("coalesce(sum(c.amount), 0)", "l.lvl", "", s)));
    }

    @Bean
    Indicator stories() {
        return Indicator.of("honor.stories", "劳模事迹宣传稿件", "篇", false, "统计期间内（按稿件日期）已发布的劳模和先进集体事迹宣传稿件数",
                s -> s.count(jdbc, "select count(*) from honor_story st where %s and st.published = true and st.story_on between :from and :to",
                        "st.union_id"));
    }

    /** {@link #HOLDERS} on the scope's date, read once for the three figures of one request. */
    private long[] holders(FigureScope s) {
        return Figures.once(s, "honor.holders", () -> s.query(jdbc, HOLDERS, "h.union_id").param("year", s.on().getYear())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single());
    }

    /** Honorees holding an honor on the scope's date, grouped by {@code group} (of h, the honoree, or l, its level). */
    private Map<String, Number> held(FigureScope s, String group) {
        return FigureScope.parts(s.query(jdbc, "select " + group + ", count(*) from honoree h join (" + LEVEL_HELD + ") l on l.id = h.id"
                + " where %s group by " + group, "h.union_id").param("year", s.on().getYear()));
    }

    /** Awards of the period's years, grouped by {@code group} (of a, t the title, h the honoree), or all in one group. */
    private Map<String, Number> awards(FigureScope s, String group) {
        String code = group.isEmpty() ? "null" : group;
        return FigureScope.parts(s.query(jdbc, "select " + code + ", count(*)" + AWARDS + (group.isEmpty() ? "" : " group by " + group), "h.union_id")
                .param("fy", s.from().getYear()).param("ty", s.to().getYear()));
    }

    /**
     * {@code aggregate} over the care records of the period meeting {@code where}, grouped by {@code group}
     * (of c, or l the honoree's highest level at the period's end), or all in one group (code null).
     */
    private Map<String, Number> care(String aggregate, String group, String where, FigureScope s) {
        String levels = group.startsWith("l.") ? " left join (" + LEVEL_HELD + ") l on l.id = c.honoree_id" : "";
        String code = group.isEmpty() ? "null" : group;
        return FigureScope.parts(s.query(jdbc, "select " + code + ", " + aggregate + " from care_record c" + levels
                        + " where %s and c.care_on between :from and :to" + where + (group.isEmpty() ? "" : " group by " + group), "c.union_id")
                .param("year", s.to().getYear()).param("on", s.to()));
    }

    /** A closed union's honorees, care, stories, campaigns, quotas and nominations pass to its successor. */
    @Bean
    org.unionworks.platform.data.Handover.OwnedBy honorRowsOwnedByUnions() {
        return new org.unionworks.platform.data.Handover.OwnedBy("honoree.union_id", "care_record.union_id", "honor_story.union_id", "honor_campaign.union_id", "campaign_quota.union_id", "nomination.union_id");
    }
}

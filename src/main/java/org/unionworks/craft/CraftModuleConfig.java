package org.unionworks.craft;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.figures.Dimension;
import org.unionworks.figures.FigureScope;
import org.unionworks.figures.Figures;
import org.unionworks.figures.Indicator;
import org.unionworks.platform.access.PermissionGroup;
import org.unionworks.platform.data.Handover;
import org.unionworks.platform.error.ConstraintMessages;

/**
 * Permissions, messages and figures of 工匠和竞赛. A contest counts in the period in which it ends; its winners,
 * titles and grade upgrades only once its results are published.
 */
@Configuration(proxyBeanMethods = false)
class CraftModuleConfig {

    private static final Dimension KIND = Dimension.ofDictionary("contestKind", "竞赛类别", "contest_kind");
    private static final Dimension LEVEL = Dimension.ofDictionary("contestLevel", "竞赛级别", "contest_level");
    private static final Dimension STUDIO_LEVEL = Dimension.ofDictionary("studioLevel", "工作室级别", "contest_level");
    private static final Dimension TIER = Dimension.ofDictionary("prizeTier", "获奖等次", "prize_tier");
    private static final Dimension GRADE = Dimension.ofDictionary("skillGrade", "技术等级", "skill_grade");
    private static final Dimension TITLE = Dimension.of("skillTitle", "称号");
    private static final Dimension OCCUPATION = Dimension.of("occupation", "比武工种");
    private static final Dimension ACHIEVEMENT = Dimension.ofDictionary("achievementKind", "成果类别", "achievement_kind");
    private static final Dimension CATEGORY = Dimension.ofDictionary("innovationCategory", "五小成果类别", "innovation_category");
    private static final Dimension EVALUATION = Dimension.ofDictionary("evaluationKind", "评聘类别", "evaluation_kind");

    private static final String CONTEST_INFO = "select id, name, created_at from contest where id in (:ids)";
    private static final String CONTESTS = " from contest c where %s and c.ends_on between :from and :to";
    private static final String ENTRANTS = " from contest_entrant e join contest c on c.id = e.contest_id"
            + " where %s and c.ends_on between :from and :to";
    private static final String PUBLISHED = ENTRANTS + " and c.status = 'PUBLISHED'";
    private static final String BY_ITEM = " from contest_entrant e join contest c on c.id = e.contest_id join contest_item i on i.id = e.item_id"
            + " where %s and c.ends_on between :from and :to";
    private static final String STUDIOS = " from innovation_studio s where %s and s.named_year <= :year"
            + " and (s.revoked_on is null or s.revoked_on > :on)";
    private static final String ACHIEVEMENTS = " from studio_achievement a join innovation_studio s on s.id = a.studio_id"
            + " where %s and a.achieved_on between :from and :to";
    private static final String INNOVATIONS = " from small_innovation i where %s and i.achieved_on between :from and :to";
    private static final String EVALUATIONS = " from employer_evaluation v where %s and v.eval_year between :fromYear and :toYear";

    private final JdbcClient jdbc;

    CraftModuleConfig(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    PermissionGroup craftPermissions() {
        return PermissionGroup.of("craft", "工匠和竞赛", "craft:read", "查看竞赛、创新工作室、五小成果和企业评聘",
                "craft:write", "维护竞赛及成绩、公示和公布结果、创新工作室、五小成果和企业评聘");
    }

    @Bean
    ConstraintMessages craftConstraintMessages() {
        return new ConstraintMessages(Map.of("uq_contest_item", "本竞赛已有同名的比武项目",
                "uq_contest_unit", "本竞赛已登记同名的参赛单位",
                "uq_contest_entrant_person", "该选手已报名本项目（同一项目的身份证号重复）",
                "uq_innovation_studio", "同一级别已有同名的创新工作室",
                "uq_studio_review", "该年度已考核",
                "uq_employer_evaluation", "该单位本年度已登记此类评聘",
                "ck_contest_dates", "结束日期不能早于开始日期"));
    }

    @Bean
    Handover.OwnedBy craftRowsOwnedByUnions() {
        return new Handover.OwnedBy("contest.union_id", "innovation_studio.union_id", "small_innovation.union_id",
                "employer_evaluation.union_id");
    }

    @Bean
    Indicator craftContestsHeld() {
        return Indicator.of("craft.contests", "举办竞赛数", "项", false, "统计期间内结束的劳动和技能竞赛数",
                        s -> s.count(jdbc, "select count(*)" + CONTESTS, "c.union_id"))
                .perUnion(s -> s.perUnion(jdbc, "select c.union_id, count(*)" + CONTESTS + " group by c.union_id", "c.union_id"))
                .rows(Indicator.RowSource.of(jdbc, "Contest", "select c.id, 1" + CONTESTS, CONTEST_INFO, "c.union_id"))
                .by(KIND, s -> s.parts(jdbc, "select c.kind, count(*)" + CONTESTS + " group by c.kind", "c.union_id"))
                .by(LEVEL, s -> s.parts(jdbc, "select c.level, count(*)" + CONTESTS + " group by c.level", "c.union_id"));
    }

    @Bean
    Indicator craftContestItems() {
        return Indicator.of("craft.contestItems", "比武项目数", "个", false, "统计期间内结束的竞赛所设比武项目数",
                        s -> s.count(jdbc, "select count(*) from contest_item i join contest c on c.id = i.contest_id"
                                + " where %s and c.ends_on between :from and :to", "c.union_id"))
                .by(KIND, s -> s.parts(jdbc, "select c.kind, count(*) from contest_item i join contest c on c.id = i.contest_id"
                        + " where %s and c.ends_on between :from and :to group by c.kind", "c.union_id"));
    }

    @Bean
    Indicator craftContestUnits() {
        return Indicator.of("craft.contestUnits", "参赛单位数", "家", false, "统计期间内结束的竞赛的参赛单位数（一家单位参加几项竞赛计几次）",
                        s -> s.count(jdbc, "select count(*) from contest_unit u join contest c on c.id = u.contest_id"
                                + " where %s and c.ends_on between :from and :to", "c.union_id"))
                .by(KIND, s -> s.parts(jdbc, "select c.kind, count(*) from contest_unit u join contest c on c.id = u.contest_id"
                        + " where %s and c.ends_on between :from and :to group by c.kind", "c.union_id"));
    }

    @Bean
    Indicator craftContestants() {
        return Indicator.of("craft.contestants", "参加岗位练兵和比赛职工", "人次", false,
                        "统计期间内结束的竞赛中，各参赛单位报送的参加岗位练兵和选拔赛人数（未报送人数的单位按登记选手计）与未列单位的登记选手之和",
                        s -> s.count(jdbc, "select coalesce(sum(" + ContestCounts.PARTICIPANTS + "), 0)" + CONTESTS, "c.union_id"))
                .perUnion(s -> s.perUnion(jdbc, "select c.union_id, coalesce(sum(" + ContestCounts.PARTICIPANTS + "), 0)" + CONTESTS
                        + " group by c.union_id", "c.union_id"))
                .rows(Indicator.RowSource.of(jdbc, "Contest", "select c.id, " + ContestCounts.PARTICIPANTS + CONTESTS, CONTEST_INFO, "c.union_id"))
                .by(KIND, s -> s.parts(jdbc, "select c.kind, sum(" + ContestCounts.PARTICIPANTS + ")" + CONTESTS + " group by c.kind",
                        "c.union_id"));
    }

    @Bean
    Indicator craftFinalists() {
        return Indicator.of("craft.finalists", "进入决赛职工", "人次", false, "统计期间内结束的竞赛中进入决赛的选手人次",
                        s -> s.count(jdbc, "select count(*)" + ENTRANTS + " and e.stage = 'FINAL'", "c.union_id"))
                .by(KIND, s -> s.parts(jdbc, "select c.kind, count(*)" + ENTRANTS + " and e.stage = 'FINAL' group by c.kind", "c.union_id"))
                .by(OCCUPATION, s -> s.parts(jdbc, "select i.occupation, count(*)" + BY_ITEM + " and e.stage = 'FINAL' group by i.occupation",
                        "c.union_id"));
    }

    @Bean
    Indicator craftWinners() {
        return Indicator.of("craft.winners", "获奖选手", "人次", false, "统计期间内结束且已公布结果的竞赛中获奖（一、二、三等奖和优秀奖）的选手人次",
                        s -> s.count(jdbc, "select count(*)" + PUBLISHED + " and e.prize_tier is not null", "c.union_id"))
                .by(TIER, s -> s.parts(jdbc, "select e.prize_tier, count(*)" + PUBLISHED + " and e.prize_tier is not null group by e.prize_tier",
                        "c.union_id"))
                .by(OCCUPATION, s -> s.parts(jdbc, "select i.occupation, count(*)" + BY_ITEM
                        + " and c.status = 'PUBLISHED' and e.prize_tier is not null group by i.occupation", "c.union_id"));
    }

    @Bean
    Indicator craftTitlesConferred() {
        return Indicator.of("craft.titles", "竞赛产生技术能手等称号", "名", false, "统计期间内结束且已公布结果的竞赛授予技术能手等称号的人数",
                        s -> s.count(jdbc, "select count(*)" + PUBLISHED + " and e.title is not null", "c.union_id"))
                .by(TITLE, s -> s.parts(jdbc, "select e.title, count(*)" + PUBLISHED + " and e.title is not null group by e.title", "c.union_id"));
    }

    @Bean
    Indicator craftGradeUpgrades() {
        return Indicator.of("craft.gradeUpgrades", "竞赛晋升技术等级", "人", false,
                        "统计期间内结束且已公布结果的竞赛中按规定晋升技术等级（取得高级工、技师、高级技师等资格）的人数",
                        s -> s.count(jdbc, "select count(*)" + PUBLISHED + " and e.grade_upgrade is not null", "c.union_id"))
                .by(GRADE, s -> s.parts(jdbc, "select e.grade_upgrade, count(*)" + PUBLISHED
                        + " and e.grade_upgrade is not null group by e.grade_upgrade", "c.union_id"));
    }

    @Bean
    Indicator craftStudios() {
        return Indicator.of("craft.studios", "劳模和工匠人才创新工作室", "个", true, "统计日已命名（命名年度不晚于统计日所在年）且未撤销的创新工作室数",
                        s -> studioQuery(s, "select count(*)" + STUDIOS).query(Long.class).single())
                .perUnion(s -> FigureScope.perUnion(studioQuery(s, "select s.union_id, count(*)" + STUDIOS + " group by s.union_id")))
                .rows(new Indicator.RowSource("InnovationStudio", s -> FigureScope.perUnion(studioQuery(s, "select s.id, 1" + STUDIOS)),
                        ids -> FigureScope.rowInfo(jdbc, "select id, name, created_at from innovation_studio where id in (:ids)", ids)))
                .by(STUDIO_LEVEL, s -> FigureScope.parts(studioQuery(s, "select s.level, count(*)" + STUDIOS + " group by s.level")));
    }

    @Bean
    Indicator craftStudiosNamed() {
        return Indicator.of("craft.studiosNamed", "新命名创新工作室", "个", false, "命名年度在统计期间所含年度内的创新工作室数",
                        s -> years(s, "select count(*) from innovation_studio v where %s and v.named_year between :fromYear and :toYear",
                                "v.union_id").query(Long.class).single())
                .by(STUDIO_LEVEL, s -> FigureScope.parts(years(s, "select v.level, count(*) from innovation_studio v where %s"
                        + " and v.named_year between :fromYear and :toYear group by v.level", "v.union_id")));
    }

    @Bean
    Indicator craftStudioAchievements() {
        return Indicator.of("craft.studioAchievements", "创新工作室成果", "项", false, "统计期间内创新工作室取得的成果数（专利、五小、合理化建议、工法标准、获奖）",
                        s -> s.count(jdbc, "select count(*)" + ACHIEVEMENTS, "s.union_id"))
                .by(ACHIEVEMENT, s -> s.parts(jdbc, "select a.kind, count(*)" + ACHIEVEMENTS + " group by a.kind", "s.union_id"));
    }

    @Bean
    Indicator craftStudioBenefit() {
        return Indicator.of("craft.studioBenefit", "创新工作室成果经济效益", "万元", false, "统计期间内创新工作室成果的经济效益之和",
                s -> Figures.tenThousands(s.query(jdbc, "select coalesce(sum(a.benefit), 0)" + ACHIEVEMENTS, "s.union_id")
                        .query(java.math.BigDecimal.class).single()));
    }

    @Bean
    Indicator craftSmallInnovations() {
        return Indicator.of("craft.smallInnovations", "五小和合理化建议成果", "项", false, "统计期间内取得的五小成果和合理化建议数",
                        s -> s.count(jdbc, "select count(*)" + INNOVATIONS, "i.union_id"))
                .perUnion(s -> s.perUnion(jdbc, "select i.union_id, count(*)" + INNOVATIONS + " group by i.union_id", "i.union_id"))
                .rows(Indicator.RowSource.of(jdbc, "SmallInnovation", "select i.id, 1" + INNOVATIONS,
                        "select id, title, created_at from small_innovation where id in (:ids)", "i.union_id"))
                .by(CATEGORY, s -> s.parts(jdbc, "select i.category, count(*)" + INNOVATIONS + " group by i.category", "i.union_id"));
    }

    @Bean
    Indicator craftInnovationBenefit() {
        return Indicator.of("craft.innovationBenefit", "五小和合理化建议经济效益", "万元", false, "统计期间内取得的五小成果和合理化建议的经济效益之和",
                        s -> Figures.tenThousands(s.query(jdbc, "select coalesce(sum(i.benefit), 0)" + INNOVATIONS, "i.union_id")
                                .query(java.math.BigDecimal.class).single()))
                .by(CATEGORY, s -> Figures.tenThousands(s.parts(jdbc, "select i.category, sum(i.benefit)" + INNOVATIONS
                        + " group by i.category", "i.union_id")));
    }

    @Bean
    Indicator craftEvaluatingEmployers() {
        return Indicator.of("craft.evaluatingEmployers", "开展内部技术职称、技能等级评聘的企业", "家", false,
                "统计期间所含年度内开展企业内部技术职称或技能等级评聘的企业数（一家企业计一次；不含行业协会）",
                s -> years(s, "select count(distinct v.employer_id)" + EVALUATIONS + " and v.evaluator = 'ENTERPRISE'", "v.union_id")
                        .query(Long.class).single());
    }

    @Bean
    Indicator craftEvaluatingAssociations() {
        return Indicator.of("craft.evaluatingAssociations", "开展技术职称、技能等级评聘的行业协会", "家", false,
                "统计期间所含年度内开展行业内技术职称或技能等级评聘的行业协会（单位库中经济类型为社会团体）数",
                s -> years(s, "select count(distinct v.employer_id)" + EVALUATIONS + " and v.evaluator = 'ASSOCIATION'", "v.union_id")
                        .query(Long.class).single());
    }

    /** By kind, additive: an employer that ran both kinds of evaluation in a year counts once for each. */
    @Bean
    Indicator craftEvaluations() {
        return Indicator.of("craft.evaluations", "企业内部评聘", "家次", false,
                        "统计期间所含年度内企业开展内部技术职称、技能等级评聘的家次（一家企业一年每类计一次）",
                        s -> years(s, "select count(*)" + EVALUATIONS, "v.union_id").query(Long.class).single())
                .by(EVALUATION, s -> FigureScope.parts(years(s, "select v.kind, count(*)" + EVALUATIONS + " group by v.kind", "v.union_id")));
    }

    @Bean
    Indicator craftDemonstrationEmployers() {
        return Indicator.of("craft.demonstrationEmployers", "评聘示范单位", "家", false, "统计期间所含年度内被命名为企业内部评聘示范单位的企业数",
                s -> years(s, "select count(distinct v.employer_id)" + EVALUATIONS + " and v.demonstration = true", "v.union_id")
                        .query(Long.class).single());
    }

    private JdbcClient.StatementSpec studioQuery(FigureScope s, String sql) {
        return s.query(jdbc, sql, "s.union_id").param("year", s.on().getYear());
    }

    private JdbcClient.StatementSpec years(FigureScope s, String sql, String unionColumn) {
        return s.query(jdbc, sql, unionColumn).param("fromYear", s.from().getYear()).param("toYear", s.to().getYear());
    }
}

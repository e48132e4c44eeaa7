package org.unionworks.org;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.figures.Caveats;
import org.unionworks.figures.Dimension;
import org.unionworks.figures.FigureScope;
import org.unionworks.figures.Figures;
import org.unionworks.figures.Indicator;
import org.unionworks.figures.Tallies;
import org.unionworks.figures.Tally;

/**
 * The figures of 掌握家底、扩大覆盖、下沉指导. Subtree membership is by the unions' current place in
 * the tree; dates come from the records (founding, closing, coverage, registration, elections).
 */
@Configuration(proxyBeanMethods = false)
class OrgIndicators {

    /** Grassroots unions existing on the date: founded (or entered) by then and not closed by then. */
    static final String GRASSROOTS_ON = """
            select count(*) from union_org u where u.path like :p and u.org_type = 'GRASSROOTS'
               and coalesce(u.founded_on, cast(u.created_at as date)) <= :on
               and (u.closed_on is null or u.closed_on > :on)""";

    /** Employers covered on the date by a grassroots union of the subtree (the condition on {@code c.union_id} in the {@code %s}). */
    static final String COVERED_ON = """
            select c.employer_id from union_org_employer c
             where %s and c.from_date <= :on and (c.to_date is null or c.to_date > :on)""";

    /** The union tree's tally (V19_3): unions, founded, covered, employees, should_have, should_have_covered. */
    private static final Tally TALLY = new Tally("org_tally");

    /** Covered employers and employees by type ({@code O:}) and industry ({@code I:}), per district (V28_3). */
    private static final Tally PART_TALLY = new Tally("employer_part_tally");
    /** Grassroots unions in being per district and 基层工会类型 (V59_14); a stock. */
    private static final Tally KIND_TALLY = Tally.byDistrictAndPart("union_kind_tally");

    /** A union's current status, looked up per row (a handful of index lookups rather than reading every union). */
    private static final String ACTIVE = "(select a.status from union_org a where a.id = t.union_id) = 'ACTIVE'";
    /** The terms' union, and their district for one district's figures (V59_6). */
    private static final String TERM_UNION = FigureScope.keepingDistrict("t");

    /** Employers that should have a union on the date: meeting the standard (or so found), registered and not closed. */
    private static final String SHOULD_HAVE_UNION_ON = """
            e.should_have_union = true and e.registered_on <= :on and (e.closed_on is null or e.closed_on > :on)""";

    /** The employer's 职工人数 on the date: its latest count up to then, before its first count that first one (V28). */
    static final String EMPLOYEES_ON = """
            coalesce((select h.employees from employer_headcount h where h.employer_id = e.id and h.counted_on <= :on
                       order by h.counted_on desc limit 1),
                     (select h.employees from employer_headcount h where h.employer_id = e.id order by h.counted_on limit 1),
                     e.employee_count)""";

    /** Covered employers, their employees, and of them managed in the subtree ({@code %s} on e.union_id) and should have a union. */
    private static final String COVERED_SUMS = "select count(*), coalesce(sum(" + EMPLOYEES_ON + "), 0), coalesce(sum(case when %s and "
            + SHOULD_HAVE_UNION_ON + " then 1 else 0 end), 0) from employer e where e.id in (" + COVERED_ON + ")";

    private final JdbcClient jdbc;
    private final Tallies tallies;

    OrgIndicators(JdbcClient jdbc, Tallies tallies) {
        this.jdbc = jdbc;
        this.tallies = tallies;
    }

    @Bean
    static Tally orgTally() {
        return TALLY;
    }

    @Bean
    static Tally employerPartTally() {
        return PART_TALLY;
    }

    @Bean
    static Tally unionKindTally() {
        return KIND_TALLY;
    }

    private static final Dimension OWNERSHIP = Dimension.ofDictionary("ownershipType", "单位经济类型", "ownership_type");
    private static final Dimension INDUSTRY = Dimension.ofDictionary("industry", "国民经济行业门类", "industry");

    @Bean
    Indicator grassrootsUnions() {
        return Indicator.of("org.grassroots", "基层工会数", "家", true,
                        "统计日已成立（成立日期不晚于统计日；未填成立日期的按录入系统的日期）且未撤销、未合并的基层工会数",
                        s -> tallies.serve(TALLY, s) ? tallied(s)[0] : s.count(jdbc, GRASSROOTS_ON))
                .caveat(this::roughlyFounded)
                .perUnion(s -> FigureScope.perUnion(s.query(jdbc, GRASSROOTS_ON.replace("select count(*)", "select u.id, count(*)")
                        + " group by u.id")))
                .rows(Indicator.RowSource.of(jdbc, "UnionOrg", GRASSROOTS_ON.replace("select count(*)", "select u.id, 1"),
                        "select id, name, created_at from union_org where id in (:ids)"))
                .by(Dimension.GRASSROOTS_KIND, s -> tallies.serve(KIND_TALLY, s) ? tallies.stockByPart(KIND_TALLY, "", "coalesce(sum(t.unions), 0)", s)
                        : s.parts(jdbc, GRASSROOTS_ON.replace("select count(*)", "select u.grassroots_kind, count(*)") + " group by u.grassroots_kind"));
    }

    @Bean
    Indicator coveredEmployers() {
        return Indicator.of("org.coveredEmployers", "涵盖单位数", "家", true,
                        "统计日由本级及下级基层工会涵盖的单位数（按涵盖关系的起止日期）", s -> covered(s)[0])
                .perUnion(s -> s.perUnion(jdbc, COVERED_ON.replace("select c.employer_id", "select c.union_id, count(*)")
                        + " group by c.union_id", "c.union_id"))
                .rows(new Indicator.RowSource("Coverage", s -> s.byId(jdbc, COVERED_ON.replace("select c.employer_id", "select c.id, 1"),
                        "c.union_id"), ids -> FigureScope.rowInfo(jdbc, "select c.id, e.name, cast(null as timestamp with time zone)"
                        + " from union_org_employer c join employer e on e.id = c.employer_id where c.id in (:ids)", ids)))
                .by(OWNERSHIP, s -> coveredBy(s, "e.ownership_type", "count(*)", "O:", "covered"))
                .by(INDUSTRY, s -> coveredBy(s, "e.industry", "count(*)", "I:", "covered"));
    }

    @Bean
    Indicator employees() {
        return Indicator.of("org.employees", "职工人数", "人", true,
                        "统计日被涵盖单位的职工人数之和（取各单位在统计日的核定职工人数，人数变动按核定日期记录）", s -> covered(s)[1])
                .perUnion(s -> s.perUnion(jdbc, "select c.union_id, coalesce(sum(" + EMPLOYEES_ON + "), 0) from employer e"
                        + " join union_org_employer c on c.employer_id = e.id where %s and c.from_date <= :on"
                        + " and (c.to_date is null or c.to_date > :on) group by c.union_id", "c.union_id"))
                .rows(new Indicator.RowSource("Employer", s -> s.byId(jdbc, "select e.id, " + EMPLOYEES_ON + " from employer e where e.id in ("
                        + COVERED_ON + ")", "c.union_id"), ids -> FigureScope.rowInfo(jdbc,
                        "select e.id, e.name, e.created_at from employer e where e.id in (:ids)", ids)))
                .by(OWNERSHIP, s -> coveredBy(s, "e.ownership_type", "coalesce(sum(" + EMPLOYEES_ON + "), 0)", "O:", "employees"))
                .by(INDUSTRY, s -> coveredBy(s, "e.industry", "coalesce(sum(" + EMPLOYEES_ON + "), 0)", "I:", "employees"));
    }

    /** {@code aggregate} over the employers covered on the date, by {@code group} (or the part tally's {@code column}). */
    private java.util.Map<String, Number> coveredBy(FigureScope s, String group, String aggregate, String part, String column) {
        if (tallies.serve(PART_TALLY, s)) {
            return tallies.stockByPart(PART_TALLY, part, "coalesce(sum(" + column + "), 0)", s);
        }
        return s.parts(jdbc, "select " + group + ", " + aggregate + " from employer e where e.id in (" + COVERED_ON + ") group by " + group,
                "c.union_id");
    }

    @Bean
    Indicator unionizationRate() {
        return Indicator.of("org.unionizationRate", "建会率", "%", true,
                "统计日已建会的应建会单位数 ÷ 应建会单位数（应建会：职工人数达到建会标准或经认定；范围为由本级及下级工会管辖、"
                        + "统计日已登记且未注销的单位）", s -> Figures.percent(covered(s)[2], tallies.serve(TALLY, s) ? tallied(s)[3] : s.count(jdbc,
                        "select count(*) from employer e where %s and " + SHOULD_HAVE_UNION_ON, "e.union_id")))
                .caveat(s -> {
                    long rough = s.count(jdbc, "select count(*) from employer e where %s and e.registered_on_precision <> 'DAY' and "
                            + SHOULD_HAVE_UNION_ON, "e.union_id");
                    return rough == 0 ? null : "应建会单位中" + rough + "家登记日期仅知年份、年月或不详（按年初、月初、约定日期或导入当天计）";
                });
    }

    @Bean
    Indicator newUnions() {
        return Indicator.of("org.newUnions", "新建工会组织数", "家", false,
                "统计期间内成立（成立日期在期间内）的基层工会数；未填成立日期的工会不计入",
                s -> tallies.serve(TALLY, s) ? tallies.flow(TALLY, "coalesce(sum(founded), 0)", s).query(Long.class).single() : s.count(jdbc, """
                        select count(*) from union_org u where u.path like :p and u.org_type = 'GRASSROOTS'
                           and u.founded_on between :from and :to""")).caveat(this::roughlyFoundedInPeriod);
    }

    /**
     * The unions a founding-date caveat can count (what both its counts filter on), as a condition of its own so that
     * PostgreSQL reads them from their partial index (V50_6) instead of every grassroots union of the subtree.
     */
    private static final String ROUGHLY_FOUNDED = " and (u.founded_on is null or u.founded_on_precision <> 'DAY')";

    /** How many of the unions counted on the date were founded on a date not known to the day, or not known at all. */
    private String roughlyFounded(FigureScope s) {
        long[] n = s.query(jdbc, GRASSROOTS_ON.replace("select count(*)", """
                        select count(*) filter (where u.founded_on is null),
                               count(*) filter (where u.founded_on is not null and u.founded_on_precision <> 'DAY')""") + ROUGHLY_FOUNDED)
                .query((rs, r) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return Caveats.join(n[0] == 0 ? null : "其中" + n[0] + "家未填成立日期，按录入系统的日期计",
                n[1] == 0 ? null : (n[0] == 0 ? "其中" : "") + n[1] + "家成立日期仅知年份、年月或不详（按年初、月初或约定日期计）");
    }

    /** How many of the unions founded in the period have only a year, a month or a stated date, and how many have none. */
    private String roughlyFoundedInPeriod(FigureScope s) {
        long[] n = s.query(jdbc, """
                        select count(*) filter (where u.founded_on between :from and :to and u.founded_on_precision <> 'DAY'),
                               count(*) filter (where u.founded_on is null and cast(u.created_at as date) between :from and :to)
                          from union_org u where u.path like :p and u.org_type = 'GRASSROOTS'""" + ROUGHLY_FOUNDED)
                .query((rs, r) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return Caveats.join(n[0] == 0 ? null : "其中" + n[0] + "家成立日期仅知年份、年月或不详（按年初、月初或约定日期计）",
                n[1] == 0 ? null : "期间录入的" + n[1] + "家基层工会未填成立日期，未计入");
    }

    @Bean
    Indicator electionsOnTime(@Value("${unionworks.org.election-grace-days:30}") int graceDays) {
        return Indicator.of("org.electionsOnTime", "按时换届的基层工会数", "家", false,
                "统计期间内完成换届选举、且选举日期不晚于届满日期（经上级工会批准延期换届的，为延期后的期限）后" + graceDays + "天的工会数", s -> {
                    var rows = s.query(jdbc, """
                            select el.union_id, el.held_on, coalesce(t.postponed_to, t.ends_on) from election el join union_term t on t.id = el.term_id
                             where %s and el.status = 'HELD' and el.held_on between :from and :to""", "el.union_id")
                            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class),
                                    rs.getObject(3, LocalDate.class)}).list();
                    return rows.stream().filter(r -> !((LocalDate) r[1]).isAfter(((LocalDate) r[2]).plusDays(graceDays)))
                            .map(r -> r[0]).distinct().count();
                });
    }

    @Bean
    Indicator termsExpiring() {
        return Indicator.of("org.termsExpiring", "90天内届满的工会数", "家", true,
                "统计日现任届期将在90天内（含当天）届满、尚未换届的工会数；经批准延期换届的，按延期后的期限计",
                s -> terms(s)[0]);
    }

    @Bean
    Indicator termsOverdue() {
        return Indicator.of("org.termsOverdue", "任期已满未换届的工会数", "家", true,
                "统计日现任届期已届满（届满日早于统计日；经批准延期换届的，按延期后的期限）而尚未完成换届的存续工会数",
                s -> terms(s)[1]);
    }

    @Bean
    Indicator termsPostponed() {
        return Indicator.of("org.termsPostponed", "经批准延期换届的工会数", "家", true,
                "统计日现任届期已届满、经上级工会批准延期换届且未过延期期限的存续工会数",
                s -> s.count(jdbc, """
                        select count(distinct t.union_id) from union_term t
                         where %s and t.status = 'CURRENT' and t.ends_on < :on and t.postponed_to >= :on
                           and t.postponement_approved_on <= :on and """ + ACTIVE, TERM_UNION));
    }

    @Bean
    Indicator surveyedUnions() {
        return Indicator.of("org.surveyedUnions", "摸底排查工会数", "家", false,
                "统计期间内在摸底排查中填报（已提交或已审核）了情况的工会数",
                s -> s.count(jdbc, """
                        select count(distinct r.union_id) from census_return r
                         where %s and r.status in ('SUBMITTED', 'APPROVED')
                           and r.submitted_on between :from and :to""", "r.union_id"));
    }

    /** Existing unions whose current term ends within 90 days of the scope's date, and those whose term has ended, read once. */
    private long[] terms(FigureScope s) {
        return Figures.once(s, "org.terms", () -> s.query(jdbc, """
                        select count(distinct t.union_id) filter (where coalesce(t.postponed_to, t.ends_on) >= :on),
                               count(distinct t.union_id) filter (where coalesce(t.postponed_to, t.ends_on) < :on)
                          from union_term t
                         where %s and t.status = 'CURRENT' and coalesce(t.postponed_to, t.ends_on) <= :soon and """ + ACTIVE, TERM_UNION)
                .param("soon", s.on().plusDays(90)).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single());
    }

    /**
     * The covered employers on the scope's date, read once for the figures of one request: their
     * number, their employees, and how many of them are managed in the subtree and should have a union.
     */
    private long[] covered(FigureScope s) {
        if (tallies.serve(TALLY, s)) {
            long[] t = tallied(s);
            return new long[] {t[1], t[2], t[4]};
        }
        return Figures.once(s, "org.covered", () -> s.query(jdbc, COVERED_SUMS, "e.union_id", "c.union_id")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single());
    }

    /** The tally's stocks on the scope's date: unions, covered employers, employees, should have a union, of those covered. */
    private long[] tallied(FigureScope s) {
        return Figures.once(s, "org.tally", () -> tallies.stock(TALLY, """
                        coalesce(sum(unions), 0), coalesce(sum(covered), 0), coalesce(sum(employees), 0),
                        coalesce(sum(should_have), 0), coalesce(sum(should_have_covered), 0)""", s)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}).single());
    }
}

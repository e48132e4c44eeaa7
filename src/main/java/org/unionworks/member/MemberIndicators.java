package org.unionworks.member;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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

/** Member figures. A membership counts on a date when it began by then and had not ended by then. */
@Configuration(proxyBeanMethods = false)
class MemberIndicators {

    /** The four stock counts at once: all members, women, migrant workers, new forms of employment. */
    private static final String STOCKS_ON = """
            select count(*), coalesce(sum(case when m.sex = 'FEMALE' then 1 else 0 end), 0),
                   coalesce(sum(case when m.migrant_worker = true then 1 else 0 end), 0),
                   coalesce(sum(case when m.new_form_kind is not null then 1 else 0 end), 0)
              from member m
             where %s and m.joined_on <= :on and (m.left_on is null or m.left_on > :on)""";

    private static final String TALLIED_STOCKS = """
            coalesce(sum(joined) - sum(departed), 0), coalesce(sum(joined_women) - sum(departed_women), 0),
            coalesce(sum(joined_migrant) - sum(departed_migrant), 0), coalesce(sum(joined_new_form) - sum(departed_new_form), 0)""";

    static final Tally TALLY = new Tally("member_tally");

    /** Members by the kind of their grassroots union, per district (V28_2); read as a stock by part. */
    static final Tally KIND_TALLY = Tally.byDistrictAndPart("member_kind_tally");

    private final JdbcClient jdbc;
    private final Tallies tallies;
    private final String union;

    /**
     * On PostgreSQL the city and district figures come from {@code member_tally} (kept by triggers, see V19_1), and the
     * others find a subtree's members by their unions. On Citus, where members lie on their district's shard, they are
     * found by district as well ({@link FigureScope#keepingDistrict}): PostgreSQL has no index led by the district.
     */
    MemberIndicators(JdbcClient jdbc, Tallies tallies, @Value("${unionworks.database.distributed:false}") boolean distributed) {
        this.jdbc = jdbc;
        this.tallies = tallies;
        this.union = distributed ? FigureScope.keepingDistrict("m") : "m.union_id";
    }

    @Bean
    static Tally memberTally() {
        return TALLY;
    }

    @Bean
    static Tally memberKindTally() {
        return KIND_TALLY;
    }


    @Bean
    Indicator members() {
        return Indicator.of("member.total", "工会会员数", "名", true,
                        "统计日会籍有效（入会时间不晚于统计日，且未在统计日前转出、退会或被除名）的会员人数，含保留会籍；"
                                + "按基层工会类型分解时，工会联合会等非基层工会直属的会员计入“未填”", s -> stocks(s)[0])
                .perUnion(s -> stocksPerUnion(s).get(0)).rows(memberRows(""))
                .by(Dimension.GRASSROOTS_KIND, s -> tallies.serve(KIND_TALLY, s) ? tallies.stockByPart(KIND_TALLY, "", "coalesce(sum(joined) - sum(departed), 0)", s)
                        : s.parts(jdbc, "select u.grassroots_kind, count(*) from member m" + SqlScopes.joinUnion("m.union_id", "u")
                        + " where %s and m.joined_on <= :on and (m.left_on is null or m.left_on > :on) group by u.grassroots_kind", union));
    }

    @Bean
    Indicator womenMembers() {
        return Indicator.of("member.women", "女会员数", "名", true, "工会会员数中性别为女的人数（性别由身份证号得出）",
                s -> stocks(s)[1]).perUnion(s -> stocksPerUnion(s).get(1)).rows(memberRows(" and m.sex = 'FEMALE'"));
    }

    @Bean
    Indicator migrantMembers() {
        return Indicator.of("member.migrant", "农民工会员数", "名", true, "工会会员数中登记为农民工的人数",
                s -> stocks(s)[2]).perUnion(s -> stocksPerUnion(s).get(2)).rows(memberRows(" and m.migrant_worker = true"));
    }

    @Bean
    Indicator newFormMembers() {
        return Indicator.of("member.newForm", "新就业形态劳动者会员数", "名", true,
                "工会会员数中登记了新就业形态类别（货车司机、快递员、外卖送餐员、网约车司机等）的人数",
                s -> stocks(s)[3]).perUnion(s -> stocksPerUnion(s).get(3)).rows(memberRows(" and m.new_form_kind is not null"));
    }

    @Bean
    Indicator joinedOnline() {
        return Indicator.of("member.joinedOnline", "网上入会会员数", "名", false,
                "统计期间内入会、经网上入会申请审核通过的会员人数（新发展会员数的一部分）",
                s -> s.count(jdbc, "select count(*) from join_application a join member m on m.id = a.member_id where %s"
                        + " and a.status = 'APPROVED' and m.joined_on between :from and :to", union));
    }

    @Bean
    Indicator newMembers() {
        return Indicator.of("member.newMembers", "新发展会员数", "名", false, "统计期间内入会（入会时间在期间内）的会员人数",
                s -> {
                    if (tallies.serve(TALLY, s)) {
                        return tallies.flow(TALLY, "coalesce(sum(joined), 0)", s).query(Long.class).single();
                    }
                    return s.count(jdbc, "select count(*) from member m where %s and m.joined_on between :from and :to", union);
                }).perUnion(s -> s.perUnion(jdbc, "select m.union_id, count(*) from member m where %s and m.joined_on between :from and :to"
                        + " group by m.union_id", union))
                .rows(Indicator.RowSource.of(jdbc, "Member", "select m.id, 1 from member m where %s and m.joined_on between :from and :to",
                        MEMBER_INFO, union));
    }

    @Bean
    Indicator membershipRate(ObjectProvider<Figures> figures) {
        return Indicator.of("member.membershipRate", "入会率", "%", true,
                "统计日工会会员数 ÷ 被涵盖单位的职工人数", s -> {
                    long members = stocks(s)[0];
                    Number employees = figures.getObject().value("org.employees", s);
                    return Figures.percent(members, employees == null ? 0 : employees.longValue());
                });
    }

    private static final String MEMBER_INFO = "select m.id, m.name, m.created_at from member m where m.id in (:ids)";

    /** The members a stock counted on the scope's date ({@code extra}: the condition of women, migrant workers …), by member. */
    private Indicator.RowSource memberRows(String extra) {
        return Indicator.RowSource.of(jdbc, "Member", "select m.id, 1 from member m where %s and m.joined_on <= :on"
                + " and (m.left_on is null or m.left_on > :on)" + extra, MEMBER_INFO, union);
    }

    /** {@link #STOCKS_ON} per union on the scope's date (members, women, migrant, new forms), read once for the four figures. */
    private java.util.List<java.util.Map<Long, Number>> stocksPerUnion(FigureScope s) {
        return Figures.once(s, "member.stocksPerUnion", () -> {
            java.util.List<java.util.Map<Long, Number>> maps = java.util.List.of(new java.util.HashMap<>(), new java.util.HashMap<>(),
                    new java.util.HashMap<>(), new java.util.HashMap<>());
            s.query(jdbc, STOCKS_ON.replace("select count(*),", "select m.union_id, count(*),") + " group by m.union_id", union)
                    .query((rs, n) -> {
                        for (int k = 0; k < 4; k++) {
                            maps.get(k).put(rs.getLong(1), rs.getLong(k + 2));
                        }
                        return null;
                    }).list();
            return maps;
        });
    }

    /** {@link #STOCKS_ON} on the scope's date, read once for the four figures of one request. */
    private long[] stocks(FigureScope s) {
        return Figures.once(s, "member.stocks", () -> {
            var statement = tallies.serve(TALLY, s) ? tallies.stock(TALLY, TALLIED_STOCKS, s)
                    : s.query(jdbc, STOCKS_ON, union);
            return statement.query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).single();
        });
    }
}

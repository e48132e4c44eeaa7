package org.unionworks.service;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.figures.Dimension;
import org.unionworks.figures.FigureScope;
import org.unionworks.figures.Figures;
import org.unionworks.figures.Indicator;
import org.unionworks.figures.Tallies;

/**
 * The figures of 服务职工. A programme's beneficiaries count in the period in which they were given (applications
 * pending or rejected never count); a place counts on the days between its opening and its closing; enrolments
 * count in the years of the period, claims in the period in which they were paid and, cumulatively, up to the day.
 */
@Configuration(proxyBeanMethods = false)
class ServiceIndicators {

    private static final Dimension KIND = Dimension.ofDictionary("programmeKind", "普惠服务项目", "programme_kind");
    private static final Dimension CATEGORY = Dimension.ofDictionary("recipientCategory", "慰问对象类别", "recipient_category");
    private static final Dimension FUND = Dimension.ofDictionary("fundSource", "经费来源", "fund_source");
    private static final Dimension ILLNESS = Dimension.ofDictionary("illnessCategory", "互助保障给付类别", "illness_category");
    private static final Dimension PLACE_KIND = Dimension.of("placeKind", "阵地类别", Arrays.stream(ServicePlace.Kind.values())
            .flatMap(k -> java.util.stream.Stream.of(k.name(), k.label)).toArray(String[]::new));
    private static final Dimension PLACE_LEVEL = Dimension.ofDictionary("placeLevel", "命名级别", "contest_level");

    private static final String GIVEN = " from programme_beneficiary b join service_programme p on p.id = b.programme_id"
            + " where %s and b.status = 'GIVEN' and b.given_on between :from and :to";
    private static final String PERSONS = GIVEN + " and b.recipient = 'PERSON'";
    private static final String UNITS = GIVEN + " and b.recipient = 'UNIT'";
    private static final String PROGRAMMES = " from service_programme p where %s and p.starts_on <= :to and p.ends_on >= :from";
    /** Enrolments' and claims' union, and their district (kept, SubtreeDistricts.Kept) for one district's figures. */
    private static final String ENROLMENT_UNION = FigureScope.keepingDistrict("e");
    private static final String CLAIM_UNION = FigureScope.keepingDistrict("c");
    private static final String ENROLMENTS = " from insurance_enrolment e where %s and e.cover_year between :fromYear and :toYear";
    private static final String CLAIMS_PAID = " from insurance_claim c where %s and c.paid_on between :from and :to";
    private static final String CLAIMS_EVER = " from insurance_claim c where %s and c.paid_on <= :on";
    private static final String PLACE_INFO = "select id, name, created_at from service_place where id in (:ids)";
    private static final String PLACES = " from service_place s where %s and s.opened_on <= :on and (s.closed_on is null or s.closed_on > :on)";
    private static final String GRANTS = " from place_grant g join service_place s on s.id = g.place_id where %s and g.granted_on between :from and :to";
    private static final String VISITS = " from place_year y join service_place s on s.id = y.place_id where %s"
            + " and y.use_year between :fromYear and :toYear";

    private final JdbcClient jdbc;
    private final Tallies tallies;

    ServiceIndicators(JdbcClient jdbc, Tallies tallies) {
        this.jdbc = jdbc;
        this.tallies = tallies;
    }

    @Bean
    Indicator serviceProgrammes() {
        return Indicator.of("service.programmes", "开展普惠服务项目", "项", false, "统计期间内开展（期间与统计期间相交）的普惠服务项目数",
                        s -> s.count(jdbc, "select count(*)" + PROGRAMMES, "p.union_id"))
                .by(KIND, s -> s.parts(jdbc, "select p.kind, count(*)" + PROGRAMMES + " group by p.kind", "p.union_id"));
    }

    @Bean
    Indicator serviceBeneficiaries() {
        return Indicator.of("service.beneficiaries", "普惠服务受益职工", "人次", false, "统计期间内普惠服务项目已发放的受益职工（个人）人次",
                        s -> s.count(jdbc, "select count(*)" + PERSONS, "p.union_id"))
                .perUnion(s -> s.perUnion(jdbc, "select p.union_id, count(*)" + PERSONS + " group by p.union_id", "p.union_id"))
                .rows(Indicator.RowSource.of(jdbc, "Beneficiary", "select b.id, 1" + PERSONS,
                        "select id, name, created_at from programme_beneficiary where id in (:ids)", "p.union_id"))
                .by(KIND, s -> s.parts(jdbc, "select p.kind, count(*)" + PERSONS + " group by p.kind", "p.union_id"))
                .by(CATEGORY, s -> s.parts(jdbc, "select b.category, count(*)" + PERSONS + " group by b.category", "p.union_id"));
    }

    @Bean
    Indicator servicePersons() {
        return Indicator.of("service.persons", "普惠服务受益职工人数", "人", false,
                "统计期间内普惠服务项目已发放的受益职工人数（同一身份证号计一人；未填身份证号的每条记录计一人）",
                s -> s.count(jdbc, "select count(distinct coalesce(b.id_number, cast(b.id as varchar(20))))" + PERSONS, "p.union_id"));
    }

    @Bean
    Indicator serviceHouseholds() {
        return Indicator.of("service.households", "普惠服务惠及在档困难职工家庭", "户", false,
                "统计期间内普惠服务受益职工中有在档困难职工档案的家庭数（一个档案计一户）",
                s -> s.count(jdbc, "select count(distinct b.hardship_file_id)" + PERSONS, "p.union_id"));
    }

    @Bean
    Indicator serviceUnits() {
        return Indicator.of("service.units", "慰问单位", "家次", false, "统计期间内普惠服务项目走访慰问的单位（企业或工会）家次",
                        s -> s.count(jdbc, "select count(*)" + UNITS, "p.union_id"))
                .by(KIND, s -> s.parts(jdbc, "select p.kind, count(*)" + UNITS + " group by p.kind", "p.union_id"));
    }

    @Bean
    Indicator serviceWorkersReached() {
        return Indicator.of("service.workersReached", "慰问单位覆盖职工", "人次", false, "统计期间内走访慰问的单位报送的覆盖职工人数之和",
                        s -> s.count(jdbc, "select coalesce(sum(b.workers_reached), 0)" + UNITS, "p.union_id"))
                .by(KIND, s -> s.parts(jdbc, "select p.kind, sum(b.workers_reached)" + UNITS + " group by p.kind", "p.union_id"));
    }

    @Bean
    Indicator serviceCash() {
        return Indicator.of("service.cash", "普惠服务发放资金", "万元", false, "统计期间内普惠服务项目发放给个人和单位的现金之和",
                        s -> Figures.tenThousands(sum(s, "select coalesce(sum(b.cash), 0)" + GIVEN)))
                .by(KIND, s -> Figures.tenThousands(s.parts(jdbc, "select p.kind, sum(b.cash)" + GIVEN + " group by p.kind", "p.union_id")))
                .by(FUND, s -> Figures.tenThousands(s.parts(jdbc, "select p.fund_source, sum(b.cash)" + GIVEN + " group by p.fund_source",
                        "p.union_id")));
    }

    @Bean
    Indicator serviceGoods() {
        return Indicator.of("service.goods", "普惠服务发放物资折款", "万元", false, "统计期间内普惠服务项目发放物资的折款之和",
                        s -> Figures.tenThousands(sum(s, "select coalesce(sum(b.goods), 0)" + GIVEN)))
                .by(KIND, s -> Figures.tenThousands(s.parts(jdbc, "select p.kind, sum(b.goods)" + GIVEN + " group by p.kind", "p.union_id")));
    }

    /** The standard that applies to the scope's union: its own, else the nearest ancestor's (read off the scope's path). */
    @Bean
    Indicator serviceWarmthStandard() {
        return Indicator.of("service.warmthStandard", "送温暖慰问标准（困难职工）", "元/人", true,
                "统计日执行的送温暖慰问困难职工的标准（现金与物资折款之和）：本工会制定的，未制定的按最近的上级工会的标准",
                s -> {
                    List<Long> lineage = Arrays.stream(s.pathPrefix().split("/")).filter(x -> !x.isEmpty()).map(Long::valueOf).toList();
                    return jdbc.sql("""
                            select union_id, cash_per_person + goods_per_person from programme_standard
                             where union_id in (:ids) and kind = 'WARMTH' and category = 'NEEDY' and effective_from <= :on
                             order by effective_from desc""").param("ids", lineage).param("on", s.on())
                            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2)}).list().stream()
                            .max(java.util.Comparator.comparingInt(r -> lineage.indexOf((Long) r[0])))
                            .map(r -> (Number) r[1]).orElse(null);
                });
    }

    @Bean
    Indicator insuranceUnits() {
        return Indicator.of("insurance.units", "互助保障参保单位", "家", false, "统计期间所含年度职工医疗互助保障的参保单位数（一年一家计一次）",
                s -> years(s, "select count(*)" + ENROLMENTS, ENROLMENT_UNION).query(Long.class).single());
    }

    @Bean
    Indicator insuranceWorkers() {
        return Indicator.of("insurance.workers", "互助保障参保职工", "人", false, "统计期间所含年度职工医疗互助保障的参保职工人数",
                s -> years(s, "select coalesce(sum(e.insured_workers), 0)" + ENROLMENTS, ENROLMENT_UNION).query(Long.class).single());
    }

    @Bean
    Indicator insurancePremiums() {
        return Indicator.of("insurance.premiums", "缴纳互助金", "万元", false, "统计期间所含年度参保单位缴纳的互助金之和",
                s -> Figures.tenThousands(years(s, "select coalesce(sum(e.amount_paid), 0)" + ENROLMENTS, ENROLMENT_UNION)
                        .query(BigDecimal.class).single()));
    }

    @Bean
    Indicator insuranceClaims() {
        return Indicator.of("insurance.claims", "互助金给付", "人次", false, "统计期间内给付互助金的患病职工人次",
                        s -> tallies.flows("IC", s).map(sums -> sums[0].longValue())
                                .orElseGet(() -> s.count(jdbc, "select count(*)" + CLAIMS_PAID, CLAIM_UNION)))
                .by(ILLNESS, s -> s.parts(jdbc, "select c.illness_category, count(*)" + CLAIMS_PAID + " group by c.illness_category", CLAIM_UNION));
    }

    @Bean
    Indicator insurancePayouts() {
        return Indicator.of("insurance.payouts", "给付互助金", "万元", false, "统计期间内给付患病职工的互助金之和",
                        s -> Figures.tenThousands(tallies.flows("IC", s).map(sums -> sums[1]).orElseGet(() -> s.query(jdbc,
                                "select coalesce(sum(c.amount_paid), 0)" + CLAIMS_PAID, CLAIM_UNION).query(BigDecimal.class).single())))
                .by(ILLNESS, s -> Figures.tenThousands(s.parts(jdbc, "select c.illness_category, sum(c.amount_paid)" + CLAIMS_PAID
                        + " group by c.illness_category", CLAIM_UNION)));
    }

    @Bean
    Indicator insuranceClaimsEver() {
        return Indicator.of("insurance.claimsEver", "累计给付互助金", "人次", true, "截至统计日累计给付互助金的患病职工人次",
                s -> tallies.flowsUpTo("IC", s).map(sums -> sums[0].longValue())
                        .orElseGet(() -> s.count(jdbc, "select count(*)" + CLAIMS_EVER, CLAIM_UNION)));
    }

    @Bean
    Indicator insurancePayoutsEver() {
        return Indicator.of("insurance.payoutsEver", "累计给付互助金金额", "万元", true, "截至统计日累计给付患病职工的互助金之和",
                s -> Figures.tenThousands(tallies.flowsUpTo("IC", s).map(sums -> sums[1]).orElseGet(() -> s.query(jdbc,
                        "select coalesce(sum(c.amount_paid), 0)" + CLAIMS_EVER, CLAIM_UNION).query(BigDecimal.class).single())));
    }

    @Bean
    Indicator servicePlaces() {
        return Indicator.of("service.places", "服务阵地", "个", true, "统计日已启用且未关闭的职工之家、职工书屋、户外劳动者服务站点、爱心妈咪小屋等服务阵地数",
                        s -> s.count(jdbc, "select count(*)" + PLACES, "s.union_id"))
                .perUnion(s -> s.perUnion(jdbc, "select s.union_id, count(*)" + PLACES + " group by s.union_id", "s.union_id"))
                .rows(Indicator.RowSource.of(jdbc, "ServicePlace", "select s.id, 1" + PLACES, PLACE_INFO, "s.union_id"))
                .by(PLACE_KIND, s -> s.parts(jdbc, "select s.kind, count(*)" + PLACES + " group by s.kind", "s.union_id"));
    }

    @Bean
    Indicator serviceModelHomes() {
        return Indicator.of("service.modelHomes", "模范职工之家", "个", true, "统计日在册（已命名、未撤销）的模范职工之家数",
                        s -> s.count(jdbc, "select count(*)" + PLACES + " and s.kind = 'MODEL_HOME' and s.named_year <= "
                                + "extract(year from cast(:on as date))", "s.union_id"))
                .by(PLACE_LEVEL, s -> s.parts(jdbc, "select s.level, count(*)" + PLACES + " and s.kind = 'MODEL_HOME'"
                        + " and s.named_year <= extract(year from cast(:on as date)) group by s.level", "s.union_id"));
    }

    @Bean
    Indicator serviceBooks() {
        return Indicator.of("service.books", "职工书屋藏书", "册", true, "统计日在册的职工书屋藏书之和",
                s -> s.count(jdbc, "select coalesce(sum(s.books), 0)" + PLACES + " and s.kind = 'BOOK_ROOM'", "s.union_id"))
                .perUnion(s -> s.perUnion(jdbc, "select s.union_id, coalesce(sum(s.books), 0)" + PLACES + " and s.kind = 'BOOK_ROOM'"
                        + " group by s.union_id", "s.union_id"))
                .rows(Indicator.RowSource.of(jdbc, "ServicePlace", "select s.id, s.books" + PLACES + " and s.kind = 'BOOK_ROOM'", PLACE_INFO,
                        "s.union_id"));
    }

    @Bean
    Indicator serviceGrants() {
        return Indicator.of("service.grants", "阵地建设补助", "万元", false, "统计期间内服务阵地获得的补助资金之和",
                        s -> Figures.tenThousands(s.query(jdbc, "select coalesce(sum(g.amount), 0)" + GRANTS, "s.union_id")
                                .query(BigDecimal.class).single()))
                .by(PLACE_KIND, s -> Figures.tenThousands(s.parts(jdbc, "select s.kind, sum(g.amount)" + GRANTS + " group by s.kind", "s.union_id")));
    }

    @Bean
    Indicator serviceGrantedPlaces() {
        return Indicator.of("service.grantedPlaces", "获得补助的阵地", "个", false, "统计期间内获得补助的服务阵地数（一个阵地计一次）",
                        s -> s.count(jdbc, "select count(distinct g.place_id)" + GRANTS, "s.union_id"))
                .by(PLACE_KIND, s -> s.parts(jdbc, "select s.kind, count(distinct g.place_id)" + GRANTS + " group by s.kind", "s.union_id"));
    }

    @Bean
    Indicator servicePlaceVisits() {
        return Indicator.of("service.placeVisits", "服务阵地服务职工", "人次", false, "统计期间所含年度服务阵地登记的服务职工人次之和",
                        s -> years(s, "select coalesce(sum(y.visits), 0)" + VISITS, "s.union_id").query(Long.class).single())
                .by(PLACE_KIND, s -> FigureScope.parts(years(s, "select s.kind, sum(y.visits)" + VISITS + " group by s.kind", "s.union_id")));
    }

    private BigDecimal sum(FigureScope s, String sql) {
        return s.query(jdbc, sql, "p.union_id").query(BigDecimal.class).single();
    }

    private JdbcClient.StatementSpec years(FigureScope s, String sql, String unionColumn) {
        return s.query(jdbc, sql, unionColumn).param("fromYear", s.from().getYear()).param("toYear", s.to().getYear());
    }
}

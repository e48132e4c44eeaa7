package org.unionworks.democracy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unionworks.figures.Dimension;
import org.unionworks.figures.FigureScope;
import org.unionworks.figures.Figures;
import org.unionworks.figures.Indicator;
import org.unionworks.figures.Tallies;
import org.unionworks.figures.Tally;

/**
 * The figures of collective contracts. A contract is in force from its start to its end (or its early termination) once
 * signed; signing and filing count in the period they happened in. For the city and a district (PostgreSQL) contracts
 * in force and the workers they cover, and proposals received and handled, come from tallies (V50_2).
 */
@Configuration(proxyBeanMethods = false)
class DemocracyIndicators {

    private static final Dimension KIND = Dimension.ofDictionary("contractKind", "集体合同类别", "contract_kind");
    private static final Dimension COVERAGE = Dimension.of("contractCoverage", "集体合同覆盖范围", "SINGLE", "单一企业", "REGIONAL", "区域性",
            "INDUSTRY", "行业性");

    private static final String IN_FORCE = " from collective_contract c where %s and c.status in ('SIGNED', 'FILED', 'TERMINATED')"
            + " and c.starts_on <= :on and c.ends_on >= :on and (c.terminated_on is null or c.terminated_on > :on)";
    private static final String COVERED = " from contract_employer e join collective_contract c on c.id = e.contract_id"
            + IN_FORCE.substring(" from collective_contract c".length());
    private static final String SIGNED = " from collective_contract c where %s and c.signed_on between :from and :to";

    /** The contracts' union, and their district for one district's figures. */
    private static final String CONTRACT_UNION = FigureScope.keepingDistrict("c");
    /** The same for congresses (and through them their sessions and proposals) and for disclosures. */
    private static final String CONGRESS_UNION = FigureScope.keepingDistrict("w");
    private static final String DISCLOSURE_UNION = FigureScope.keepingDistrict("d");

    /** A collective contract as a difference of the annual form lists it. */
    private static final String CONTRACT_INFO = "select id, title, created_at from collective_contract where id in (:ids)";

    /**
     * Contracts in force and the workers they cover, per district (the contract's own) and part {@code C:<kind>/<coverage>}:
     * a stock, which Citus keeps beside the contracts (V59_19).
     */
    static final Tally CONTRACT_TALLY = Tally.byDistrictAndPart("contract_tally");
    /**
     * Employers covered by a contract in force, each once: a stock of covered spans (V56_2) per district ({@code ED:})
     * and for the whole city ({@code EC:}), where an employer covered in two districts is one.
     */
    static final Tally CONTRACT_COVER_TALLY = new Tally("contract_cover_tally");
    /** Proposals received (on their session's day) and handled, per district and part {@code P:<category>}: flows. */
    static final Tally PROPOSAL_TALLY = new Tally("proposal_tally");

    private final JdbcClient jdbc;
    private final Tallies tallies;

    DemocracyIndicators(JdbcClient jdbc, Tallies tallies) {
        this.jdbc = jdbc;
        this.tallies = tallies;
    }

    @Bean
    static Tally contractTally() {
        return CONTRACT_TALLY;
    }

    @Bean
    static Tally contractCoverTally() {
        return CONTRACT_COVER_TALLY;
    }

    @Bean
    static Tally proposalTally() {
        return PROPOSAL_TALLY;
    }

    /** The tallied contracts in force {0} and workers covered {1} by {@code kind/coverage}; read once per request. */
    private Map<String, long[]> contractsInForce(FigureScope s) {
        return Figures.once(s, "democracy.contractsInForce", () -> tallies.stocksByPart(CONTRACT_TALLY, "C:", s,
                "coalesce(sum(t.contracts), 0)", "coalesce(sum(t.workers), 0)"));
    }

    /** The tallied proposals received {0} and handled {1} in the period by category; read once per request. */
    private Map<String, long[]> proposalFlows(FigureScope s) {
        return Figures.once(s, "democracy.proposalFlows", () -> tallies.flowsByPart(PROPOSAL_TALLY, "P:", s,
                "coalesce(sum(t.received), 0)", "coalesce(sum(t.handled), 0)"));
    }

    /** A tallied part named 'first/second' (the contracts' kind/coverage, the women's committees' formed_by/kind): each half. */
    static final Function<String, String> BEFORE_SLASH = part -> part.substring(0, part.indexOf('/'));
    static final Function<String, String> AFTER_SLASH = part -> part.substring(part.indexOf('/') + 1);

    /** Column {@code i} of tallied parts summed by what {@code key} makes of a part's name; zeros left out, as grouped rows have none. */
    static Map<String, Number> fold(Map<String, long[]> parts, int i, Function<String, String> key) {
        Map<String, Long> folded = new LinkedHashMap<>();
        parts.forEach((part, sums) -> folded.merge(part == null ? null : key.apply(part), sums[i], Long::sum));
        Map<String, Number> nonzero = new LinkedHashMap<>();
        folded.forEach((code, value) -> {
            if (value != 0) {
                nonzero.put(code, value);
            }
        });
        return nonzero;
    }

    /** Column {@code i} of tallied parts summed over all parts. */
    static long total(Map<String, long[]> parts, int i) {
        return parts.values().stream().mapToLong(sums -> sums[i]).sum();
    }

    @Bean
    Indicator democracyContracts() {
        return Indicator.of("democracy.contracts", "有效集体合同", "份", true, "统计日在有效期内（已签订、已生效、未到期且未提前终止）的集体合同数",
                        s -> tallies.serve(CONTRACT_TALLY, s) ? total(contractsInForce(s), 0) : s.count(jdbc, "select count(*)" + IN_FORCE, CONTRACT_UNION))
                .perUnion(s -> s.perUnion(jdbc, "select c.union_id, count(*)" + IN_FORCE + " group by c.union_id", CONTRACT_UNION))
                .rows(Indicator.RowSource.of(jdbc, "CollectiveContract", "select c.id, 1" + IN_FORCE, CONTRACT_INFO, CONTRACT_UNION))
                .by(KIND, s -> tallies.serve(CONTRACT_TALLY, s) ? fold(contractsInForce(s), 0, BEFORE_SLASH)
                        : s.parts(jdbc, "select c.kind, count(*)" + IN_FORCE + " group by c.kind", CONTRACT_UNION))
                .by(COVERAGE, s -> tallies.serve(CONTRACT_TALLY, s) ? fold(contractsInForce(s), 0, AFTER_SLASH)
                        : s.parts(jdbc, "select c.coverage, count(*)" + IN_FORCE + " group by c.coverage", CONTRACT_UNION));
    }

    /** Not broken down by kind: an employer under a comprehensive and a wage contract is one employer, so parts would not add up. */
    @Bean
    Indicator democracyContractEmployers() {
        return Indicator.of("democracy.contractEmployers", "集体合同覆盖单位", "家", true,
                        "统计日有效的集体合同覆盖的单位数（一家单位被几份合同覆盖计一次）",
                s -> tallies.serve(CONTRACT_COVER_TALLY, s)
                        ? tallies.stockByPart(CONTRACT_COVER_TALLY, s.city() ? "EC:" : "ED:", "coalesce(sum(t.employers), 0)", s)
                                .values().stream().mapToLong(Number::longValue).sum()
                        : s.count(jdbc, "select count(distinct e.employer_id)" + COVERED, CONTRACT_UNION));
    }

    @Bean
    Indicator democracyContractWorkers() {
        return Indicator.of("democracy.contractWorkers", "集体合同覆盖职工", "人次", true,
                        "统计日有效的集体合同签订时覆盖的职工人数之和（一名职工被综合合同和专项合同同时覆盖的计两次）",
                        s -> tallies.serve(CONTRACT_TALLY, s) ? total(contractsInForce(s), 1)
                                : s.count(jdbc, "select coalesce(sum(c.workers_covered), 0)" + IN_FORCE, CONTRACT_UNION))
                .perUnion(s -> s.perUnion(jdbc, "select c.union_id, coalesce(sum(c.workers_covered), 0)" + IN_FORCE + " group by c.union_id", CONTRACT_UNION))
                .rows(Indicator.RowSource.of(jdbc, "CollectiveContract", "select c.id, c.workers_covered" + IN_FORCE, CONTRACT_INFO, CONTRACT_UNION))
                .by(KIND, s -> tallies.serve(CONTRACT_TALLY, s) ? fold(contractsInForce(s), 1, BEFORE_SLASH)
                        : s.parts(jdbc, "select c.kind, sum(c.workers_covered)" + IN_FORCE + " group by c.kind", CONTRACT_UNION));
    }

    @Bean
    Indicator democracyContractsSigned() {
        return Indicator.of("democracy.contractsSigned", "新签和续签集体合同", "份", false, "统计期间内签订的集体合同数（含续签）",
                        s -> tallies.flows("CS", s).map(sums -> (Number) sums[0].longValue())
                                .orElseGet(() -> s.count(jdbc, "select count(*)" + SIGNED, CONTRACT_UNION)))
                .by(KIND, s -> s.parts(jdbc, "select c.kind, count(*)" + SIGNED + " group by c.kind", CONTRACT_UNION));
    }

    @Bean
    Indicator democracyContractsFiled() {
        return Indicator.of("democracy.contractsFiled", "审查备案集体合同", "份", false, "统计期间内经人力资源社会保障部门审查备案的集体合同数",
                s -> tallies.flows("CF", s).map(sums -> (Number) sums[0].longValue()).orElseGet(() ->
                        s.count(jdbc, "select count(*) from collective_contract c where %s and c.filed_on between :from and :to", CONTRACT_UNION)));
    }

    /** Weighted by the workers each wage contract covers, so a contract for 5,000 weighs more than one for 50. */
    @Bean
    Indicator democracyWageRise() {
        return Indicator.of("democracy.wageRise", "工资集体协商约定工资平均增幅", "%", false,
                "统计期间内签订的工资专项集体合同约定的职工工资增幅，按覆盖职工人数加权平均；未约定增幅的不计",
                s -> {
                    BigDecimal[] r = tallies.flows("CS", s).map(sums -> new BigDecimal[] {sums[1], sums[2]}).orElseGet(() -> s.query(jdbc,
                            "select coalesce(sum(c.wage_rise * c.workers_covered), 0), coalesce(sum(c.workers_covered), 0)"
                            + SIGNED + " and c.kind = 'WAGE' and c.wage_rise is not null", CONTRACT_UNION)
                            .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).single());
                    return r[1].signum() == 0 ? null : r[0].divide(r[1], 1, RoundingMode.HALF_UP);
                });
    }

    @Bean
    Indicator democracyContractCoverageRate(ObjectProvider<Figures> figures) {
        return Indicator.of("democracy.contractCoverageRate", "已建会单位集体合同覆盖率", "%", true,
                "统计日集体合同覆盖单位数 ÷ 涵盖单位数（已建会单位）；区域性、行业性合同覆盖未建会单位时可能超过100%",
                s -> {
                    Number covered = figures.getObject().value("democracy.contractEmployers", s);
                    Number unionized = figures.getObject().value("org.coveredEmployers", s);
                    return covered == null || unionized == null ? null : Figures.percent(covered.longValue(), unionized.longValue());
                });
    }

    private static final Dimension FORM = Dimension.of("congressForm", "职代会形式", "CONGRESS", "职工代表大会", "ASSEMBLY", "职工大会");
    private static final Dimension PROPOSAL = Dimension.ofDictionary("proposalCategory", "提案类别", "proposal_category");
    private static final Dimension CHANNEL = Dimension.ofDictionary("disclosureChannel", "厂务公开形式", "disclosure_channel");
    private static final String CONGRESSES = " from workers_congress w where %s and w.established_on <= :on"
            + " and (w.abolished_on is null or w.abolished_on > :on)";
    /** Sessions and proposals lie beside their 职代会 system (V59_20): joined by their district too, on every node. */
    private static final String SESSIONS = " from congress_session s join workers_congress w on w.id = s.congress_id"
            + " and w.district_id = s.district_id where %s and s.held_on between :from and :to";
    private static final String PROPOSALS = " from congress_proposal p join congress_session s on s.id = p.session_id"
            + " and s.district_id = p.district_id join workers_congress w on w.id = s.congress_id and w.district_id = s.district_id where %s";
    private static final String DISCLOSED = " from disclosure d where %s and d.published_on between :from and :to";

    @Bean
    Indicator democracyCongressEmployers() {
        return Indicator.of("democracy.congressEmployers", "建立职代会制度的单位", "家", true, "统计日已建立且未撤销职工代表大会（或职工大会）制度的单位数",
                        s -> s.count(jdbc, "select count(*)" + CONGRESSES, CONGRESS_UNION))
                .perUnion(s -> s.perUnion(jdbc, "select w.union_id, count(*)" + CONGRESSES + " group by w.union_id", CONGRESS_UNION))
                .rows(Indicator.RowSource.of(jdbc, "WorkersCongress", "select w.id, 1" + CONGRESSES,
                        "select id, concat('职代会制度（建立于', established_on, '）'), created_at from workers_congress where id in (:ids)", CONGRESS_UNION))
                .by(FORM, s -> s.parts(jdbc, "select w.form, count(*)" + CONGRESSES + " group by w.form", CONGRESS_UNION));
    }

    @Bean
    Indicator democracyCongressSessions() {
        return Indicator.of("democracy.congressSessions", "召开职代会", "次", false, "统计期间内召开的职工代表大会（职工大会）会议次数",
                s -> tallies.flows("CG", s).map(sums -> (Number) sums[0].longValue())
                        .orElseGet(() -> s.count(jdbc, "select count(*)" + SESSIONS, CONGRESS_UNION)));
    }

    @Bean
    Indicator democracyProposals() {
        return Indicator.of("democracy.proposals", "职代会提案", "件", false, "统计期间内召开的职代会会议收到的提案数",
                        s -> tallies.serve(PROPOSAL_TALLY, s) ? total(proposalFlows(s), 0)
                                : s.count(jdbc, "select count(*)" + PROPOSALS + " and s.held_on between :from and :to", CONGRESS_UNION))
                .by(PROPOSAL, s -> tallies.serve(PROPOSAL_TALLY, s) ? fold(proposalFlows(s), 0, Function.identity())
                        : s.parts(jdbc, "select p.category, count(*)" + PROPOSALS + " and s.held_on between :from and :to"
                        + " group by p.category", CONGRESS_UNION));
    }

    @Bean
    Indicator democracyProposalsHandled() {
        return Indicator.of("democracy.proposalsHandled", "办结提案", "件", false, "统计期间内办结的职代会提案数",
                s -> tallies.serve(PROPOSAL_TALLY, s) ? total(proposalFlows(s), 1)
                        : s.count(jdbc, "select count(*)" + PROPOSALS + " and p.handled_on between :from and :to", CONGRESS_UNION));
    }

    @Bean
    Indicator democracyDisclosureEmployers() {
        return Indicator.of("democracy.disclosureEmployers", "实行厂务公开的单位", "家", false, "统计期间内有厂务公开记录的单位数（一家单位计一次）",
                s -> tallies.firsts("DE", s).orElseGet(() -> s.count(jdbc, "select count(distinct d.employer_id)" + DISCLOSED, DISCLOSURE_UNION)))
                .perUnion(s -> s.perUnion(jdbc, "select d.union_id, count(distinct d.employer_id)" + DISCLOSED + " group by d.union_id", DISCLOSURE_UNION))
                .rows(Indicator.RowSource.of(jdbc, "Disclosure", "select min(d.id), 1" + DISCLOSED + " group by d.employer_id",
                        "select id, subject, created_at from disclosure where id in (:ids)", DISCLOSURE_UNION));
    }

    @Bean
    Indicator democracyDisclosures() {
        return Indicator.of("democracy.disclosures", "厂务公开事项", "项", false, "统计期间内公开的厂务公开事项数",
                        s -> tallies.flows("DI", s).map(sums -> (Number) sums[0].longValue())
                                .orElseGet(() -> s.count(jdbc, "select count(*)" + DISCLOSED, DISCLOSURE_UNION)))
                .by(CHANNEL, s -> s.parts(jdbc, "select d.channel, count(*)" + DISCLOSED + " group by d.channel", DISCLOSURE_UNION));
    }
}

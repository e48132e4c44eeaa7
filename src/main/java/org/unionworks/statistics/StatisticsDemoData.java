package org.unionworks.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;
import org.unionworks.figures.ReportingPeriods;
import org.unionworks.org.CensusQuestionnaires;
import org.unionworks.org.OrgDirectory;
import org.unionworks.org.UnionInfo;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.demo.DemoCity;
import org.unionworks.platform.demo.DemoContributor;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;

/**
 * The demo city's annual statistics of the last completed statistical year: every union's return pre-filled, the
 * questions asked through the year's questionnaire (a census campaign of the city) and answered, submitted and approved level by level — except in the last town, where a few grassroots unions are
 * still filling in (and any return whose checks fail stays a draft), so the year stands where a real one does in
 * November: most of the city approved, the city's own return waiting for the last town.
 */
@Component
class StatisticsDemoData implements DemoContributor {

    static final String FILLER = "演示数据·填报";
    static final String REVIEWER = "演示数据·审核";

    /**
     * Grassroots returns taken through the whole cycle (each is refreshed, submitted and approved one by one, some 30 ms
     * apiece): every one in the small city; in the larger ones the first so many in tree order, the rest left as fresh
     * drafts, as in the first weeks after a year's start.
     */
    static final int CYCLED = 1_500;

    private final AnnualReturnService service;
    private final AnnualReturnRepository returns;
    private final AnnualForms forms;
    private final ReturnValues values;
    private final OrgDirectory orgs;
    private final OrgTree orgTree;
    private final ReportingPeriods periods;
    private final YearQuestionnaires questionnaires;
    private final CensusQuestionnaires census;

    StatisticsDemoData(AnnualReturnService service, AnnualReturnRepository returns, AnnualForms forms, ReturnValues values,
                       OrgDirectory orgs, OrgTree orgTree, ReportingPeriods periods, YearQuestionnaires questionnaires,
                       CensusQuestionnaires census) {
        this.questionnaires = questionnaires;
        this.census = census;
        this.service = service;
        this.returns = returns;
        this.forms = forms;
        this.values = values;
        this.orgs = orgs;
        this.orgTree = orgTree;
        this.periods = periods;
    }

    @Override
    public int order() {
        return 99;
    }

    @Override
    public String contribute(DemoCity city) {
        int year = periods.of(ReportingPeriods.Kind.STATISTICAL, null).year();
        var generated = service.generate(year, orgTree.rootId());
        long questionnaire = questionnaires.open(year, orgTree.rootId(), java.time.LocalDate.now().plusDays(30)).censusId();
        Random random = city.random("statistics");
        List<UnionInfo> unions = new ArrayList<>(orgs.activeSubtree(orgTree.rootId()));
        unions.sort(Comparator.comparingLong((UnionInfo u) -> depth(u)).reversed().thenComparing(UnionInfo::path));
        String lastTown = unions.stream().filter(u -> depth(u) == 4 && !u.orgType().equals("GRASSROOTS")).map(UnionInfo::path)
                .max(Comparator.naturalOrder()).orElse("none");
        java.util.Set<Long> cycled = new java.util.HashSet<>(unions.stream().filter(u -> u.orgType().equals("GRASSROOTS"))
                .sorted(Comparator.comparing(UnionInfo::path)).limit(CYCLED).map(UnionInfo::id).toList());
        int approved = 0;
        int filling = 0;
        Map<Long, AnnualReturn> byUnion = new java.util.HashMap<>();
        returns.findByStatYear(year).forEach(r -> byUnion.put(r.getUnionId(), r));
        for (UnionInfo u : unions) {
            AnnualReturn r = byUnion.get(u.id());
            if (r == null || u.orgType().equals("GRASSROOTS") && !cycled.contains(u.id())) {
                filling += r == null ? 0 : 1;
                continue;
            }
            boolean leftFilling = u.path().startsWith(lastTown) && u.orgType().equals("GRASSROOTS") && random.nextInt(3) == 0;
            if (leftFilling || !answerSubmitAndApprove(r, questionnaire, random, u.id() != orgTree.rootId())) {
                filling++;
            } else {
                approved++;
            }
        }
        return String.format("%d统计年度年报调查表 %,d 份：已审核 %,d 份，填报中 %,d 份", year, generated.created(), approved, filling);
    }

    private static long depth(UnionInfo u) {
        return u.path().chars().filter(c -> c == '/').count();
    }

    /**
     * A grassroots union answers the year's questionnaire (its census return), which fills its form; a federation answers
     * its own questions on the form. False when a check or a return below keeps it from being submitted (it stays a draft,
     * as a union would leave it).
     */
    private boolean answerSubmitAndApprove(AnnualReturn r, long questionnaire, Random random, boolean approve) {
        AnnualForm form = forms.get(r.getFormId());
        Map<String, BigDecimal> answers = answers(form, values.of(r.getId()), random);
        if (form.level() == AnnualForm.Level.GRASSROOTS) {
            census.answer(questionnaire, r.getUnionId(), answers);
        } else {
            service.answer(r.getId(), null, answers);
        }
        try {
            java.time.LocalDate signed = periods.of(ReportingPeriods.Kind.STATISTICAL, r.getStatYear()).to().plusDays(20);
            service.submit(r.getId(), null, "演示负责人", signed.isAfter(java.time.LocalDate.now()) ? java.time.LocalDate.now() : signed, FILLER);
            if (approve) {
                service.approve(r.getId(), null, null, REVIEWER);
            }
            return true;
        } catch (InvalidInputException | ConflictException e) {
            return false;
        }
    }

    /** Plausible answers: parts of the employees and the committee, most yes/no questions yes. */
    static Map<String, BigDecimal> answers(AnnualForm form, Map<String, BigDecimal> prefilled, Random random) {
        long employees = prefilled.getOrDefault("J103", BigDecimal.ZERO).longValue();
        long committee = 3 + random.nextInt(7);
        long fullTime = employees > 500 ? 1 + random.nextInt(3) : 0;
        long partTime = 1 + random.nextInt(5);
        long representatives = Math.min(employees, 5 + employees / 10);
        Map<String, Long> numbers = new LinkedHashMap<>();
        numbers.put("J104", employees * (30 + random.nextInt(30)) / 100);
        numbers.put("J105", employees * random.nextInt(40) / 100);
        numbers.put("J200", fullTime + partTime);
        numbers.put("J201", committee);
        numbers.put("J202", committee * random.nextInt(60) / 100);
        numbers.put("J203", fullTime);
        numbers.put("J204", partTime);
        numbers.put("J305", representatives);
        numbers.put("J306", representatives * random.nextInt(50) / 100);
        numbers.put("F801", 20L + random.nextInt(60));
        numbers.put("F802", 8L + random.nextInt(10));
        numbers.put("F803", 3L + random.nextInt(5));
        Map<String, BigDecimal> answers = new LinkedHashMap<>();
        for (AnnualForm.Cell c : form.questions()) {
            long v = c.answer() == org.unionworks.org.CensusQuestion.Kind.YES_NO ? (random.nextInt(10) < 7 ? 1 : 0) : numbers.getOrDefault(c.code(), 0L);
            answers.put(c.code(), BigDecimal.valueOf(v));
        }
        return answers;
    }
}

package org.unionworks.org;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.ForbiddenException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;

/**
 * Census campaigns: creating one lists every active grassroots union in its scope as a pending
 * return; each union (or its upper union for it) submits; an upper union approves, which carries
 * the term dates and employee count into the master data. A campaign may ask other modules' questions besides the fixed
 * ones ({@link CensusQuestionnaires}); their answers are required, audited and handed to the
 * {@link CensusAnswerRecipient}s.
 */
@Service
class CensusService implements CensusQuestionnaires {

    private final CensusRepository campaigns;
    private final CensusReturnRepository returns;
    private final UnionOrgRepository orgs;
    private final TermRepository terms;
    private final TermService termService;
    private final CoverageRepository coverages;
    private final EmployerRepository employers;
    private final EmployerService employerService;
    private final JdbcClient jdbc;
    private final CensusQuestions questions;
    private final AuditService audit;
    private final List<CensusAnswerRecipient> recipients;

    CensusService(CensusRepository campaigns, CensusReturnRepository returns, UnionOrgRepository orgs,
                  TermRepository terms, TermService termService, CoverageRepository coverages,
                  EmployerRepository employers, EmployerService employerService, JdbcClient jdbc,
                  CensusQuestions questions, AuditService audit, List<CensusAnswerRecipient> recipients) {
        this.questions = questions;
        this.audit = audit;
        this.recipients = recipients;
        this.campaigns = campaigns;
        this.returns = returns;
        this.orgs = orgs;
        this.terms = terms;
        this.termService = termService;
        this.coverages = coverages;
        this.employers = employers;
        this.employerService = employerService;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public long open(long organizerId, String name, LocalDate startsOn, LocalDate endsOn, List<CensusQuestion> asked) {
        Census census = create(organizerId, name, startsOn, endsOn);
        questions.add(census.getId(), asked);
        return census.getId();
    }

    @Override
    @Transactional
    public void answer(long censusId, long unionId, Map<String, BigDecimal> answers) {
        CensusReturn r = returns.findByCensusIdAndUnionId(censusId, unionId)
                .orElseThrow(() -> new InvalidInputException("unionId", "该工会不在本次摸底排查的范围内"));
        submit(censusId, unionId, r.answers(), answers);
    }

    @Transactional
    Census create(long unionId, String name, LocalDate startsOn, LocalDate endsOn) {
        UnionOrg scope = orgs.findById(unionId).orElseThrow(() -> new NotFoundException("工会组织"));
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidInputException("endsOn", "截止日期不能早于开始日期");
        }
        Census census = campaigns.saveAndFlush(new Census(unionId, name, startsOn, endsOn));
        int targets = jdbc.sql("""
                insert into census_return (census_id, union_id, status, version, created_at, updated_at)
                select :census, u.id, 'PENDING', 0, :now, :now from union_org u
                 where u.path like :p and u.org_type = 'GRASSROOTS' and u.status = 'ACTIVE'""")
                .param("census", census.getId()).param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("p", scope.getPath() + "%").update();
        if (targets == 0) {
            throw new InvalidInputException("unionId", "所选范围内没有存续的基层工会");
        }
        return census;
    }

    /** Submits the fixed answers and those to the campaign's own questions (all of them, when it has any). */
    @Transactional
    CensusReturn submit(long censusId, long unionId, CensusAnswers answers, Map<String, BigDecimal> asked) {
        openCampaign(censusId);
        orgs.findById(unionId).orElseThrow(() -> new NotFoundException("工会组织"));
        CensusReturn r = returns.findByCensusIdAndUnionId(censusId, unionId)
                .orElseThrow(() -> new InvalidInputException("unionId", "该工会不在本次摸底排查的范围内"));
        if (r.getStatus() == ReturnStatus.APPROVED) {
            throw new ConflictException("该填报已审核，不能再修改");
        }
        check(answers);
        List<CensusQuestion> own = questions.of(censusId);
        List<String> problems = CensusQuestions.problems(own, asked);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("answers", problems.get(0));
        }
        r.submit(answers, LocalDate.now(), CurrentUsers.current().map(u -> u.username()).orElse("system"));
        CensusReturn saved = returns.saveAndFlush(r);
        if (!own.isEmpty()) {
            questions.answer(censusId, saved.getId(), asked);
            audit.record(AuditAction.UPDATE, "CensusReturn", saved.getId(), "填报摸底排查问卷", Map.of("answers", plain(asked)));
            recipients.forEach(to -> to.receive(censusId, unionId, Map.copyOf(asked)));
        }
        return saved;
    }

    /** Why a module that asked the campaign's questions cannot take this union's answers now, or null (for an import's rows). */
    String refusal(long censusId, long unionId) {
        return recipients.stream().map(to -> to.refusal(censusId, unionId)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static Map<String, String> plain(Map<String, BigDecimal> answers) {
        Map<String, String> plain = new java.util.LinkedHashMap<>();
        answers.forEach((code, v) -> plain.put(code, v.stripTrailingZeros().toPlainString()));
        return plain;
    }

    /** Approval by an upper union; the answers update the union's term and its employer's head count. */
    @Transactional
    CensusReturn approve(long returnId) {
        CensusReturn r = returns.findById(returnId).orElseThrow(() -> new NotFoundException("填报"));
        openCampaign(r.getCensusId());
        if (r.getStatus() != ReturnStatus.SUBMITTED) {
            throw new ConflictException("只有已提交的填报才能审核");
        }
        if (r.getUnionId() == CurrentUsers.require().unionId()) {
            throw new InvalidInputException("id", "本工会的填报须由上级工会审核");
        }
        if (CurrentUsers.require().username().equals(r.getSubmittedBy())) {
            throw new ForbiddenException("录入或最后修改这份填报的人不能审核它，请由其他人审核");
        }
        CensusAnswers a = r.answers();
        if (a.termStartsOn() != null && a.termEndsOn() != null
                && terms.findByUnionIdAndStatus(r.getUnionId(), TermStatus.CURRENT).isEmpty()) {
            long years = Math.round(ChronoUnit.DAYS.between(a.termStartsOn(), a.termEndsOn()) / 365.25);
            if (years == 3 || years == 5) {
                termService.open(r.getUnionId(), new TermService.TermData(a.termStartsOn(), (int) years,
                        a.termEndsOn(), null, null));
            }
        }
        openCoverage(r.getUnionId(), a.employerCreditCode());
        var covered = coverages.findByUnionIdAndToDateIsNull(r.getUnionId());
        if (a.employees() != null && covered.size() == 1) {
            employers.findById(covered.get(0).getEmployerId()).ifPresent(e -> {
                EmployerFields f = e.fields();
                if (f.employeeCount() != a.employees() && f.femaleCount() <= a.employees()
                        && f.migrantCount() <= a.employees() && f.newFormCount() <= a.employees()) {
                    employerService.update(e.getId(), e.getVersion(), new EmployerFields(f.name(), f.creditCode(),
                            f.ownershipType(), f.industry(), f.divisionCode(), f.address(), a.employees(),
                            f.femaleCount(), f.migrantCount(), f.newFormCount(), null, f.registeredOn(),
                            f.registeredOnPrecision()));
                }
            });
        }
        r.approve();
        return returns.saveAndFlush(r);
    }

    /** The employer a grassroots union's return names becomes covered by it, as in the employer import. */
    private void openCoverage(long unionId, String creditCode) {
        if (creditCode == null || !employerService.isGrassroots(unionId)) {
            return;
        }
        Employer employer = employers.findByCreditCode(creditCode).orElseThrow(() -> new InvalidInputException("employerCreditCode",
                "未找到统一社会信用代码为" + creditCode + "的单位，请先在“单位”中登记该单位，或更正填报"));
        String problem = employerService.coverageProblem(unionId, creditCode, null);
        if (problem != null) {
            throw new InvalidInputException("employerCreditCode", problem);
        }
        employerService.coverFromImport(unionId, employer.getId(), null);
    }

    /** Only the organizer's subtree can close a campaign (the entity is scoped by its organizer). */
    @Transactional
    Census close(long censusId) {
        Census census = campaigns.findById(censusId).orElseThrow(() -> new NotFoundException("摸底排查"));
        if (!census.isOpen()) {
            throw new ConflictException("该摸底排查已结束");
        }
        census.close();
        return campaigns.saveAndFlush(census);
    }

    /** What a user needs to know of a campaign; {@code organizerId} is the union that runs it. */
    record Campaign(long id, long organizerId, String name, LocalDate startsOn, LocalDate endsOn, String status) {
        boolean isOpen() {
            return "OPEN".equals(status);
        }
    }

    /** A campaign is visible to its organizer's subtree and to every union that has a return in it. */
    @Transactional(readOnly = true)
    Campaign campaign(long censusId) {
        boolean visible = campaigns.existsById(censusId) || returns.existsByCensusId(censusId);
        if (!visible) {
            throw new NotFoundException("摸底排查");
        }
        return jdbc.sql("select id, union_id, name, starts_on, ends_on, status from census where id = :id")
                .param("id", censusId)
                .query((rs, n) -> new Campaign(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6)))
                .single();
    }

    private Campaign openCampaign(long censusId) {
        Campaign c = campaign(censusId);
        if (!c.isOpen()) {
            throw new ConflictException("该摸底排查已结束");
        }
        return c;
    }

    private static void check(CensusAnswers a) {
        List<String> problems = problems(a);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("answers", problems.get(0));
        }
    }

    /** What is wrong with a set of answers, in Chinese; empty when they are consistent. */
    static List<String> problems(CensusAnswers a) {
        List<String> problems = new ArrayList<>();
        if (a.termStartsOn() != null && a.termEndsOn() != null && !a.termEndsOn().isAfter(a.termStartsOn())) {
            problems.add("本届届满日期须晚于开始日期");
        }
        if (a.committeeSize() != null && a.committeeSize() < 0 || a.members() != null && a.members() < 0
                || a.employees() != null && a.employees() < 0) {
            problems.add("人数不能为负数");
        }
        if (a.members() != null && a.employees() != null && a.members() > a.employees()) {
            problems.add("会员人数不能多于职工人数");
        }
        if (Boolean.FALSE.equals(a.hasCommittee()) && a.committeeSize() != null && a.committeeSize() > 0) {
            problems.add("未成立工会委员会时不应填写委员会人数");
        }
        if (a.problems() != null && a.problems().length() > 1000) {
            problems.add("发现的问题不能超过1000个字符");
        }
        return problems;
    }
}

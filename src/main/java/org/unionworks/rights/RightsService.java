package org.unionworks.rights;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.FieldProblem;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.IdNumbers;

/** Cases and outreach: accepted, worked on in dated steps, closed with an outcome. */
@Service
class RightsService {

    private final RightsCaseRepository cases;
    private final CaseStepRepository steps;
    private final CampaignRepository campaigns;
    private final OutreachRepository outreach;
    private final Dictionaries dictionaries;
    private final Scopes scopes;

    RightsService(RightsCaseRepository cases, CaseStepRepository steps, CampaignRepository campaigns,
                  OutreachRepository outreach, Dictionaries dictionaries, Scopes scopes) {
        this.cases = cases;
        this.steps = steps;
        this.campaigns = campaigns;
        this.outreach = outreach;
        this.dictionaries = dictionaries;
        this.scopes = scopes;
    }

    @Transactional(readOnly = true)
    RightsCase get(long id) {
        return cases.findById(id).orElseThrow(() -> new NotFoundException("维权案件"));
    }

    @Transactional
    RightsCase accept(long unionId, CaseFields f) {
        scopes.requireOpen(unionId);
        check(f);
        RightsCase c = cases.saveAndFlush(new RightsCase(unionId, f));
        steps.save(new CaseStep(c.getId(), f.acceptedOn(), CaseStatus.ACCEPTED, "受理", user()));
        return c;
    }

    @Transactional
    RightsCase update(long id, long version, CaseFields f) {
        RightsCase c = get(id);
        if (c.getVersion() != version) {
            throw new ConflictException("该案件已被他人修改，请刷新后重试");
        }
        check(f);
        c.describe(f);
        return cases.saveAndFlush(c);
    }

    /** A step: a note while in progress, or the outcome that closes or terminates the case. */
    @Transactional
    RightsCase step(long id, String status, LocalDate on, String note, BigDecimal recovered, Integer helped) {
        RightsCase c = get(id);
        if (!c.isOpen()) {
            throw new ConflictException("该案件已办结或终止");
        }
        if (on.isAfter(LocalDate.now()) || on.isBefore(c.getAcceptedOn())) {
            throw new InvalidInputException("on", "日期应在受理日期（" + c.getAcceptedOn() + "）之后、不晚于今天");
        }
        CaseStatus next = CaseStatus.ofStep(status);
        switch (next) {
            case IN_PROGRESS -> c.progress();
            case CLOSED, TERMINATED -> {
                BigDecimal amount = recovered == null ? BigDecimal.ZERO : recovered;
                int workers = helped == null ? 0 : helped;
                if (workers > c.getWorkersCount()) {
                    throw new InvalidInputException("workersHelped", "获助职工人数不能多于涉及职工人数（" + c.getWorkersCount() + "人）");
                }
                if (next == CaseStatus.TERMINATED && (amount.signum() > 0 || workers > 0)) {
                    throw new InvalidInputException("status", "追回了欠薪的案件应为“已办结”而不是“已终止”");
                }
                c.close(next, on, note, amount, workers);
            }
            default -> throw new IllegalStateException("ofStep answers only the moves of a step");
        }
        steps.save(new CaseStep(id, on, next, note, user()));
        return cases.saveAndFlush(c);
    }

    List<CaseStep> steps(long caseId) {
        get(caseId);
        return steps.findByCaseIdOrderByStepOnAscIdAsc(caseId);
    }

    @Transactional
    Campaign campaign(long unionId, String name, LocalDate startsOn, LocalDate endsOn) {
        scopes.requireOpen(unionId);
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidInputException("endsOn", "结束日期不能早于开始日期");
        }
        return campaigns.saveAndFlush(new Campaign(unionId, name, startsOn, endsOn));
    }

    @Transactional
    Outreach outreach(long unionId, LocalDate heldOn, String topic, String kind, String organizer, int onsite, int online) {
        scopes.requireOpen(unionId);
        checkKind(kind);
        return outreach.saveAndFlush(new Outreach(unionId, heldOn, topic, kind, organizer, onsite, online));
    }

    @Transactional
    Outreach updateOutreach(long id, long version, LocalDate heldOn, String topic, String kind, String organizer,
                            int onsite, int online) {
        Outreach o = outreach.findById(id).orElseThrow(() -> new NotFoundException("普法宣传活动"));
        if (o.getVersion() != version) {
            throw new ConflictException("该活动已被他人修改，请刷新后重试");
        }
        checkKind(kind);
        o.describe(heldOn, topic, kind, organizer, onsite, online);
        return outreach.saveAndFlush(o);
    }

    private void checkKind(String kind) {
        if (!dictionaries.contains("outreach_kind", kind)) {
            throw new InvalidInputException("kind", "请选择宣传形式");
        }
    }

    void check(CaseFields f) {
        List<FieldProblem> problems = problems(f);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    List<FieldProblem> problems(CaseFields f) {
        List<FieldProblem> problems = new ArrayList<>();
        if (f.kind() == null || !dictionaries.contains("case_kind", f.kind())) {
            problems.add(new FieldProblem("kind", "请选择案件类别"));
        }
        if (f.amountClaimed() != null && f.amountClaimed().signum() < 0) {
            problems.add(new FieldProblem("amountClaimed", "诉求金额不能为负数"));
        }
        if (f.workers().size() > f.workersCount()) {
            problems.add(new FieldProblem("workers", "列出的职工不能多于涉及职工人数"));
        }
        for (CaseWorker w : f.workers()) {
            if (w.getIdNumber() != null) {
                String p = IdNumbers.problem(w.getIdNumber(), LocalDate.now());
                if (p != null) {
                    problems.add(new FieldProblem("workers", "职工“" + w.getName() + "”" + p));
                }
            }
        }
        if (f.campaignId() != null && campaigns.findById(f.campaignId()).isEmpty()) {
            problems.add(new FieldProblem("campaignId", "专项行动不存在或不在您的管辖范围内"));
        }
        if (f.acceptedOn() != null && f.acceptedOn().getYear() < 1990) {
            problems.add(new FieldProblem("acceptedOn", "受理日期不合理"));
        }
        return problems;
    }

    private static String user() {
        return CurrentUsers.require().username();
    }
}

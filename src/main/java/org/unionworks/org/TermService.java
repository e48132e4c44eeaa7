package org.unionworks.org;

import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;

/** Terms and elections: a union has at most one current term; holding its election opens the next. */
@Service
class TermService {

    record TermData(LocalDate startsOn, int lengthYears, LocalDate endsOn, String chairName, String committee) {
    }

    private final TermRepository terms;
    private final ElectionRepository elections;
    private final UnionOrgRepository orgs;
    private final Scopes scopes;
    private final List<ElectionProcedure> procedures;
    private final int maxPostponementMonths;

    TermService(TermRepository terms, ElectionRepository elections, UnionOrgRepository orgs, Scopes scopes,
                List<ElectionProcedure> procedures,
                @Value("${unionworks.org.max-postponement-months:6}") int maxPostponementMonths) {
        this.terms = terms;
        this.elections = elections;
        this.orgs = orgs;
        this.scopes = scopes;
        this.procedures = procedures;
        this.maxPostponementMonths = maxPostponementMonths;
    }

    @Transactional
    Term open(long unionId, TermData data) {
        UnionOrg union = orgs.findById(unionId).orElseThrow(() -> new NotFoundException("工会组织"));
        if (!union.isActive()) {
            throw new ConflictException("已撤销或合并的工会不能登记届期");
        }
        if (terms.findByUnionIdAndStatus(unionId, TermStatus.CURRENT).isPresent()) {
            throw new ConflictException("该工会已有现任届期：新一届须通过换届选举产生");
        }
        check(data);
        int next = terms.findByUnionIdOrderByTermNoDesc(unionId).stream().mapToInt(Term::getTermNo).max().orElse(0) + 1;
        return terms.saveAndFlush(new Term(unionId, union.getDistrictId(), next, data.startsOn(), data.lengthYears(), data.endsOn(),
                data.chairName(), data.committee()));
    }

    @Transactional
    Term update(long termId, long version, TermData data) {
        Term term = terms.findById(termId).orElseThrow(() -> new NotFoundException("届期"));
        if (term.getVersion() != version) {
            throw new ConflictException("该届期已被他人修改，请刷新后重试");
        }
        check(data);
        term.describe(data.startsOn(), data.lengthYears(), data.endsOn(), data.chairName(), data.committee());
        return terms.saveAndFlush(term);
    }

    @Transactional
    Election plan(long termId, LocalDate plannedOn, String approvalNo, LocalDate approvedOn) {
        Term term = terms.findById(termId).orElseThrow(() -> new NotFoundException("届期"));
        if (!term.isCurrent()) {
            throw new ConflictException("只能为现任届期安排换届");
        }
        if (approvedOn != null && approvedOn.isAfter(LocalDate.now())) {
            throw new InvalidInputException("approvedOn", "批复日期不能晚于今天");
        }
        var existing = elections.findByTermId(termId);
        if (existing.isPresent()) {
            existing.get().plan(plannedOn, approvalNo, approvedOn);
            return elections.saveAndFlush(existing.get());
        }
        return elections.saveAndFlush(new Election(term.getUnionId(), termId, plannedOn, approvalNo, approvedOn));
    }

    /** The quick path for an election recorded after the fact; refused where the election is kept step by step by the rules. */
    @Transactional
    Election holdDirectly(long electionId, LocalDate heldOn, TermData next) {
        if (procedures.stream().anyMatch(p -> p.governs(electionId))) {
            throw new ConflictException("该换届选举已按选举程序登记（预备人选、投票、结果报批），须在“换届选举”中报批选举结果后办结");
        }
        return hold(electionId, heldOn, next);
    }

    /** Records the election as held: the current term ends and the new committee's term begins on that day. */
    @Transactional
    Election hold(long electionId, LocalDate heldOn, TermData next) {
        Election election = elections.findById(electionId).orElseThrow(() -> new NotFoundException("换届选举"));
        if (election.isHeld()) {
            throw new ConflictException("该换届选举已办结");
        }
        Term term = terms.findById(election.getTermId()).orElseThrow();
        if (heldOn.isAfter(LocalDate.now())) {
            throw new InvalidInputException("heldOn", "选举日期不能晚于今天");
        }
        if (!heldOn.isAfter(term.getStartsOn())) {
            throw new InvalidInputException("heldOn", "选举日期应晚于本届开始日期");
        }
        if (election.getApprovalNo() == null) {
            throw new InvalidInputException("approvalNo", "换届须先取得上级工会批复（请登记批复文号）");
        }
        term.end();
        terms.saveAndFlush(term);
        TermData data = new TermData(heldOn, next.lengthYears(), next.endsOn(), next.chairName(), next.committee());
        check(data);
        Term opened = terms.saveAndFlush(new Term(term.getUnionId(), term.getDistrictId(), term.getTermNo() + 1, heldOn, next.lengthYears(),
                next.endsOn(), next.chairName(), next.committee()));
        election.held(heldOn, opened.getId());
        return elections.saveAndFlush(election);
    }

    /** 延期换届 asked by the union (or for it) with the new deadline, at most the configured months after the term's end. */
    @Transactional
    Term askPostponement(long termId, Long version, LocalDate to, String reason) {
        Term term = terms.findById(termId).orElseThrow(() -> new NotFoundException("届期"));
        term.requireVersion(version, "该届期已被他人修改，请刷新后重试");
        if (to.isAfter(term.getEndsOn().plusMonths(maxPostponementMonths))) {
            throw new InvalidInputException("askedTo", "延期换届一般不超过" + maxPostponementMonths + "个月：期限最晚为 "
                    + term.getEndsOn().plusMonths(maxPostponementMonths));
        }
        term.askPostponement(to, reason);
        return terms.saveAndFlush(term);
    }

    /** The upper union approves the postponement (批复); reminders and figures then use the new deadline. */
    @Transactional
    Term approvePostponement(long termId, Long version, String approvalNo, LocalDate approvedOn) {
        Term term = terms.findById(termId).orElseThrow(() -> new NotFoundException("届期"));
        scopes.requireAbove(term.getUnionId(), "延期换届须由上级工会批准");
        term.requireVersion(version, "该届期已被他人修改，请刷新后重试");
        if (approvedOn.isAfter(LocalDate.now())) {
            throw new InvalidInputException("approvedOn", "批准日期不能晚于今天");
        }
        term.approvePostponement(approvalNo, approvedOn);
        return terms.saveAndFlush(term);
    }

    @Transactional
    Term withdrawPostponement(long termId, Long version) {
        Term term = terms.findById(termId).orElseThrow(() -> new NotFoundException("届期"));
        term.requireVersion(version, "该届期已被他人修改，请刷新后重试");
        term.withdrawPostponement();
        return terms.saveAndFlush(term);
    }

    private static void check(TermData d) {
        if (d.lengthYears() != 3 && d.lengthYears() != 5) {
            throw new InvalidInputException("lengthYears", "届期应为3年或5年");
        }
        if (d.endsOn() != null && !d.endsOn().isAfter(d.startsOn())) {
            throw new InvalidInputException("endsOn", "届满日期须晚于开始日期");
        }
        if (d.startsOn().getYear() < 1950 || d.startsOn().isAfter(LocalDate.now().plusYears(1))) {
            throw new InvalidInputException("startsOn", "开始日期不合理");
        }
    }
}

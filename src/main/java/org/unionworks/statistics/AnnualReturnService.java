package org.unionworks.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.figures.ReportingPeriods;
import org.unionworks.governance.ProblemLedger;
import org.unionworks.org.OrgDirectory;
import org.unionworks.org.UnionInfo;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.FieldProblem;
import org.unionworks.platform.error.ForbiddenException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;

/**
 * The year's returns: started for a subtree (each pre-filled from the records), answered, checked, signed and submitted,
 * reviewed by the union above; a federation's sums follow its lower returns' approvals; an approved return is frozen.
 */
@Service
class AnnualReturnService {

    /** Generated returns of one call: new ones and those that already existed. */
    record Generated(int created, int existing) {
    }

    private final AnnualReturnRepository returns;
    private final AnnualForms forms;
    private final ReturnValues values;
    private final ReturnPrefill prefill;
    private final OrgDirectory orgs;
    private final OrgTree orgTree;
    private final Scopes scopes;
    private final ReportingPeriods periods;
    private final AuditService audit;
    private final YearStart yearStart;
    private final ProblemLedger ledger;

    AnnualReturnService(AnnualReturnRepository returns, AnnualForms forms, ReturnValues values, ReturnPrefill prefill, OrgDirectory orgs,
                        OrgTree orgTree, Scopes scopes, ReportingPeriods periods, AuditService audit, YearStart yearStart,
                        ProblemLedger ledger) {
        this.ledger = ledger;
        this.yearStart = yearStart;
        this.returns = returns;
        this.forms = forms;
        this.values = values;
        this.prefill = prefill;
        this.orgs = orgs;
        this.orgTree = orgTree;
        this.scopes = scopes;
        this.periods = periods;
        this.audit = audit;
    }

    /** A return of every active grassroots union and federation of the subtree that has none for the year, pre-filled. */
    @Transactional
    Generated generate(int year, long under) {
        ReportingPeriods.Period period = periods.of(ReportingPeriods.Kind.STATISTICAL, year);
        if (period.to().isAfter(LocalDate.now())) {
            throw new InvalidInputException("year", year + "统计年度到" + period.to() + "才结束，结束后才能开始年报");
        }
        Generated generated = yearStart.start(period, under);
        audit.record(AuditAction.CREATE, "AnnualReturn", null, "开始" + year + "统计年度年报：新建调查表" + generated.created() + "份",
                Map.of("unionId", under, "year", year, "created", generated.created()));
        return generated;
    }

    @Transactional(readOnly = true)
    AnnualReturn get(long id) {
        return returns.findById(id).orElseThrow(() -> new NotFoundException("调查表"));
    }

    /**
     * Recomputes an open return's FIGURE and SUM cells from the records and the approved returns below, then checks it;
     * audited with the cells that changed, before and after.
     */
    @Transactional
    AnnualReturn refresh(long id) {
        AnnualReturn r = get(id);
        r.prefilled(now());
        Map<String, BigDecimal> before = values.of(id);
        Map<String, BigDecimal> after = recompute(r);
        audit.record(AuditAction.UPDATE, "AnnualReturn", id, "按业务记录重新取数", changes(before, after));
        return returns.saveAndFlush(r);
    }

    private Map<String, BigDecimal> recompute(AnnualReturn r) {
        AnnualForm form = forms.get(r.getFormId());
        Map<String, BigDecimal> fresh = new LinkedHashMap<>(prefill.figures(form, r.getUnionId(),
                periods.of(ReportingPeriods.Kind.STATISTICAL, r.getStatYear())));
        fresh.putAll(ReturnPrefill.sums(form, values.sums(below(r).stream()
                .filter(b -> b.getStatus() == AnnualReturn.Status.APPROVED).map(AnnualReturn::getId).toList())));
        values.put(ReturnValues.Key.of(r), fresh);
        Map<String, BigDecimal> all = values.of(r.getId());
        check(r, form, all);
        return all;
    }

    private List<AnnualReturn> below(AnnualReturn r) {
        if (forms.get(r.getFormId()).level() != AnnualForm.Level.FEDERATION) {
            return List.of();
        }
        List<Long> children = orgs.activeChildren(r.getUnionId()).stream().map(UnionInfo::id).toList();
        return returns.findByUnionIdInAndStatYear(children, r.getStatYear());
    }

    /** Saves answers to an open return's questions (only QUESTION cells), audited with before and after, then checks it. */
    @Transactional
    AnnualReturn answer(long id, Long version, Map<String, BigDecimal> answers) {
        AnnualReturn r = current(id, version);
        r.requireOpen();
        AnnualForm form = forms.get(r.getFormId());
        List<FieldProblem> problems = new ArrayList<>();
        answers.forEach((code, v) -> {
            String problem = answerProblem(form, code, v);
            if (problem != null) {
                problems.add(new FieldProblem(code, problem));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Object> changes = changes(values.of(id), answers);
        if (!changes.isEmpty()) {
            Map<String, BigDecimal> changed = new LinkedHashMap<>();
            changes.keySet().forEach(code -> changed.put(code, answers.get(code)));
            values.put(ReturnValues.Key.of(r), changed);
            audit.record(AuditAction.UPDATE, "AnnualReturn", id, "填报调查表指标", changes);
        }
        check(r, form, values.of(id));
        return returns.saveAndFlush(r);
    }

    /** The cells whose value {@code after} gives differently from {@code before}: code → [before, after] as the audit log shows them. */
    private static Map<String, Object> changes(Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        after.forEach((code, v) -> {
            BigDecimal was = before.get(code);
            if (was == null ? v != null : v == null || was.compareTo(v) != 0) {
                changes.put(code, List.of(plain(was), plain(v)));
            }
        });
        return changes;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    /** Why a value cannot answer a cell of the form, or null. */
    static String answerProblem(AnnualForm form, String code, BigDecimal v) {
        AnnualForm.Cell cell = form.cell(code).orElse(null);
        if (cell == null) {
            return "调查表中没有指标" + code;
        }
        if (cell.source() != AnnualForm.Source.QUESTION) {
            return cell.label() + "由业务记录" + (cell.source() == AnnualForm.Source.SUM ? "下级调查表汇总" : "计算") + "得出，请更正相应记录";
        }
        return cell.question().problem(v);
    }

    /** Runs the form's checks on the return's values and keeps the failures. */
    private void check(AnnualReturn r, AnnualForm form, Map<String, BigDecimal> all) {
        List<ReturnValues.Failure> failed = ReturnPrefill.failures(form, all);
        values.replaceFailures(ReturnValues.Key.of(r), failed);
        r.checked(now(), ReturnPrefill.blocking(failed), failed.size() - ReturnPrefill.blocking(failed));
    }

    /** Runs the checks again (the records may have changed: open returns are refreshed first). */
    @Transactional
    AnnualReturn recheck(long id) {
        AnnualReturn r = get(id);
        if (r.isOpen()) {
            r.prefilled(now());
            recompute(r);
        } else {
            check(r, forms.get(r.getFormId()), values.of(id));
        }
        return returns.saveAndFlush(r);
    }

    /**
     * Submits an open return, signed by the head: refreshed from the records and checked first; refused while a blocking
     * check fails, a question is unanswered, or (a federation) a return below is not approved yet.
     */
    @Transactional
    AnnualReturn submit(long id, Long version, String signer, LocalDate signedOn, String by) {
        AnnualReturn r = current(id, version);
        r.requireOpen();
        if (signedOn.isAfter(LocalDate.now())) {
            throw new InvalidInputException("signedOn", "签字日期不能晚于今天");
        }
        List<String> waiting = below(r).stream().filter(b -> b.getStatus() != AnnualReturn.Status.APPROVED)
                .map(b -> orgTree.nameOf(b.getUnionId()).orElse("编号" + b.getUnionId())).toList();
        if (!waiting.isEmpty()) {
            throw new ConflictException("下级调查表尚未全部审核通过，不能汇总上报：" + String.join("、", waiting.stream().limit(5).toList())
                    + (waiting.size() > 5 ? "等" + waiting.size() + "家" : ""));
        }
        Map<String, BigDecimal> all = recompute(r);
        AnnualForm form = forms.get(r.getFormId());
        List<String> unanswered = form.questions().stream().filter(c -> all.get(c.code()) == null).map(c -> c.code() + " " + c.label()).toList();
        if (!unanswered.isEmpty()) {
            throw new InvalidInputException("answers", "还有" + unanswered.size() + "个指标未填：" + String.join("、", unanswered.stream().limit(5).toList()));
        }
        if (r.getBlockingFailures() > 0) {
            List<String> messages = ReturnPrefill.check(form, all).stream()
                    .filter(c -> c.check().blocking() && !c.outcome().holds()).map(c -> c.check().message()).toList();
            throw new InvalidInputException("checks", "逻辑检查未通过，不能上报：" + String.join("；", messages));
        }
        r.submit(signer, signedOn, by, now());
        values.thawRows(id);
        values.freezeRows(ReturnValues.Key.of(r), prefill.rows(form, r.getUnionId(), periods.of(ReportingPeriods.Kind.STATISTICAL, r.getStatYear())));
        return returns.saveAndFlush(r);
    }

    /** Approval by the union above (for the city's own return, by another user of the city): the values are frozen from now on. */
    @Transactional
    AnnualReturn approve(long id, Long version, String comment, String by) {
        AnnualReturn r = reviewable(id, version, by);
        r.approve(by, now(), comment);
        returns.saveAndFlush(r);
        upper(r).filter(AnnualReturn::isOpen).ifPresent(this::refreshSums);
        return r;
    }

    /** The return of the union above for the same year, if it has one. */
    private java.util.Optional<AnnualReturn> upper(AnnualReturn r) {
        return orgs.union(r.getUnionId()).map(UnionInfo::parentId).flatMap(parent -> returns.findByUnionIdAndStatYear(parent, r.getStatYear()));
    }

    /** An open federation return's sums follow the approvals below. */
    private void refreshSums(AnnualReturn upper) {
        upper.prefilled(now());
        recompute(upper);
        returns.saveAndFlush(upper);
    }

    /** Sends a submitted return back to its union with the reasons. */
    @Transactional
    AnnualReturn sendBack(long id, Long version, String comment, String by) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "退回时请填写审核意见，说明需要修改的内容");
        }
        AnnualReturn r = reviewable(id, version, by);
        r.sendBack(by, now(), comment);
        return returns.saveAndFlush(r);
    }

    /**
     * 撤销审核: the union above reopens an approved return on request (a correction found after approval), giving the reason,
     * while the form above it is still open (one already submitted or approved is sent back first). The return goes back to
     * its union as 已退回, its frozen records are released, and the form above drops it from its sums until it is approved
     * again.
     */
    @Transactional
    AnnualReturn reopen(long id, Long version, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("comment", "撤销审核时请填写原因，说明需要更正的内容");
        }
        AnnualReturn r = current(id, version);
        requireReviewer(r);
        var upper = upper(r);
        if (upper.isPresent() && !upper.get().isOpen()) {
            throw new ConflictException(orgTree.nameOf(upper.get().getUnionId()).orElse("上级工会") + "的调查表" + upper.get().getStatus().label
                    + "，须先退回上级的调查表，才能撤销对本表的审核");
        }
        r.reopen(by, now(), reason);
        values.thawRows(id);
        returns.saveAndFlush(r);
        upper.ifPresent(this::refreshSums);
        return r;
    }

    /**
     * Opens a failing check of a return as an item of the rectification ledger (once per return and check), owned by the
     * union whose return it is; returns the item's id.
     */
    @Transactional
    long rectify(long id, String checkCode, String ownerPerson, String ownerDepartment, String measures, LocalDate deadline) {
        AnnualReturn r = get(id);
        AnnualForm.FormCheck check = forms.get(r.getFormId()).checks().stream().filter(c -> c.code().equals(checkCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("逻辑检查"));
        if (!values.failing(id).contains(checkCode)) {
            throw new ConflictException("这项检查现在已通过，无需整改");
        }
        if (values.rectification(id, checkCode) != null) {
            throw new ConflictException("这项检查已列入整改台账");
        }
        if (deadline.isBefore(LocalDate.now())) {
            throw new InvalidInputException("deadline", "整改期限不能早于今天");
        }
        String union = orgTree.nameOf(r.getUnionId()).orElse("");
        long item = ledger.record(new ProblemLedger.Problem(r.getUnionId(), "STATISTICS", "ORGANIZATION",
                "【统计年报】" + union + r.getStatYear() + "年" + forms.get(r.getFormId()).name() + "：" + check.message() + "（" + check.rule() + "）",
                ownerPerson, ownerDepartment, measures, deadline, LocalDate.now(), null));
        values.linkRectification(ReturnValues.Key.of(r), checkCode, item);
        return item;
    }

    /** The return, refused as changed by someone else when the caller read another {@code version} (none: not checked). */
    private AnnualReturn current(long id, Long version) {
        AnnualReturn r = get(id);
        if (version != null) {
            r.requireVersion(version, "该调查表已被他人修改，请刷新后重试");
        }
        return r;
    }

    /** {@code by}: who reviews (the signed-in user; the demo city's generator names itself). */
    private AnnualReturn reviewable(long id, Long version, String by) {
        AnnualReturn r = current(id, version);
        requireReviewer(r);
        if (by.equals(r.getSubmittedBy())) {
            throw new ForbiddenException("上报这份调查表的人不能审核它，请由其他人审核");
        }
        return r;
    }

    /** Reviewed from above: by the union above it (the city's own return by the city). */
    private void requireReviewer(AnnualReturn r) {
        if (r.getUnionId() != orgTree.rootId()) {
            scopes.requireAbove(r.getUnionId(), "本工会的调查表须由上级工会审核");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

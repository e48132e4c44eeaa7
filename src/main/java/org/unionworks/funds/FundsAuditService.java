package org.unionworks.funds;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionworks.funds.web.AuditStepRequest;
import org.unionworks.funds.web.FindingRequest;
import org.unionworks.funds.web.FundsAuditRequest;
import org.unionworks.governance.ProblemLedger;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.dict.Dictionaries;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.files.FileStore;
import org.unionworks.platform.validation.Texts;

/**
 * 经费审查: audits planned for a year by a union's 经审会 (of itself or a union below it, or of a project), started, then
 * reported with the conclusion and the report; each finding opens a rectification item (source 经审) with owner and deadline.
 */
@Service
class FundsAuditService {

    /** Finding categories as the rectification ledger's problem categories. */
    private static final Map<String, String> LEDGER_CATEGORY = Map.of("ASSETS", "ASSETS", "OTHER", "OTHER", "CONTROL", "RULES");

    private final FundsAuditRepository audits;
    private final AuditFindingRepository findings;
    private final ProblemLedger ledger;
    private final Scopes scopes;
    private final Dictionaries dictionaries;
    private final FileStore files;

    FundsAuditService(FundsAuditRepository audits, AuditFindingRepository findings, ProblemLedger ledger, Scopes scopes,
                 Dictionaries dictionaries, FileStore files) {
        this.audits = audits;
        this.findings = findings;
        this.ledger = ledger;
        this.scopes = scopes;
        this.dictionaries = dictionaries;
        this.files = files;
    }

    @Transactional(readOnly = true)
    FundsAudit get(long id) {
        return audits.findById(id).orElseThrow(() -> new NotFoundException("经费审查项目"));
    }

    @Transactional
    FundsAudit plan(FundsAuditRequest r) {
        long union = r.unionId() == null ? CurrentUsers.require().unionId() : r.unionId();
        scopes.requireOpen(union);
        FundsAudit a = new FundsAudit(union, CurrentUsers.require().unionId());
        describe(a, r);
        return audits.saveAndFlush(a);
    }

    @Transactional
    FundsAudit update(long id, FundsAuditRequest r) {
        FundsAudit a = get(id);
        a.requireVersion(r.version(), "该审查项目已被他人修改，请刷新后重试");
        if (a.getStatus() == FundsAudit.Status.REPORTED) {
            throw new ConflictException("已出具报告的审查项目不能修改");
        }
        describe(a, r);
        return audits.saveAndFlush(a);
    }

    private static void describe(FundsAudit a, FundsAuditRequest r) {
        FundsAudit.Kind kind = Arrays.stream(FundsAudit.Kind.values()).filter(k -> k.name().equals(r.kind())).findFirst()
                .orElseThrow(() -> new InvalidInputException("kind", "审查类型只能是工会经费收支（UNION）或专项资金（PROJECT）"));
        String project = Texts.blankToNull(r.project());
        if (kind == FundsAudit.Kind.PROJECT && project == null) {
            throw new InvalidInputException("project", "专项资金审查请填写项目名称");
        }
        if (r.coversTo().isBefore(r.coversFrom())) {
            throw new InvalidInputException("coversTo", "审查期间止不能早于审查期间起");
        }
        LocalDate month = FundsMonths.parse(r.plannedMonth());
        if (month == null || month.getYear() != r.year()) {
            throw new InvalidInputException("plannedMonth", "计划实施月份应为计划年度内的年月，如 " + r.year() + "-06");
        }
        a.plan(r.year(), kind, kind == FundsAudit.Kind.PROJECT ? project : null, r.scope().strip(), r.coversFrom(), r.coversTo(),
                Texts.blankToNull(r.auditors()), month);
    }

    @Transactional
    FundsAudit start(long id, AuditStepRequest r) {
        FundsAudit a = get(id);
        a.requireVersion(r.version(), "该审查项目已被他人修改，请刷新后重试");
        if (a.getStatus() != FundsAudit.Status.PLANNED) {
            throw new ConflictException("该审查项目已开始实施");
        }
        if (r.on().isAfter(LocalDate.now())) {
            throw new InvalidInputException("on", "开始日期不能晚于今天");
        }
        a.start(r.on());
        return audits.saveAndFlush(a);
    }

    @Transactional
    FundsAudit report(long id, AuditStepRequest r) {
        FundsAudit a = get(id);
        a.requireVersion(r.version(), "该审查项目已被他人修改，请刷新后重试");
        if (a.getStatus() != FundsAudit.Status.UNDERWAY) {
            throw new ConflictException(a.getStatus() == FundsAudit.Status.PLANNED ? "请先登记开始实施" : "该审查项目已出具报告");
        }
        if (r.on().isAfter(LocalDate.now()) || r.on().isBefore(a.getStartedOn())) {
            throw new InvalidInputException("on", "报告日期应在开始日期之后、今天之前");
        }
        String conclusion = Texts.blankToNull(r.conclusion());
        if (conclusion == null) {
            throw new InvalidInputException("conclusion", "请填写审查结论");
        }
        String file = Texts.blankToNull(r.reportFile());
        if (file == null) {
            throw new InvalidInputException("reportFile", "请上传审查报告");
        }
        files.find(file).orElseThrow(() -> new InvalidInputException("reportFile", "审查报告文件不存在或无权访问"));
        a.report(r.on(), conclusion, file);
        return audits.saveAndFlush(a);
    }

    @Transactional
    void delete(long id) {
        FundsAudit a = get(id);
        if (a.getStatus() != FundsAudit.Status.PLANNED || !findings.findByAuditIdOrderById(id).isEmpty()) {
            throw new ConflictException("只有尚未实施的计划项目可以删除");
        }
        audits.delete(a);
    }

    /** A finding of an audit under way or reported, opened as a rectification item of the audited union. */
    @Transactional
    AuditFinding find(long auditId, FindingRequest r) {
        FundsAudit a = get(auditId);
        if (a.getStatus() == FundsAudit.Status.PLANNED) {
            throw new ConflictException("审查项目尚未开始实施，不能登记发现的问题");
        }
        if (!dictionaries.contains("finding_category", r.category())) {
            throw new InvalidInputException("category", "请选择问题类别");
        }
        if (r.foundOn().isBefore(a.getStartedOn())) {
            throw new InvalidInputException("foundOn", "发现日期不能早于审查开始日期");
        }
        String text = r.description().strip();
        long item = ledger.record(new ProblemLedger.Problem(a.getUnionId(), "FUNDS_AUDIT", LEDGER_CATEGORY.getOrDefault(r.category(), "FINANCE"),
                "【经审】" + (a.getProject() == null ? "" : a.getProject() + "：") + text, r.ownerPerson().strip(),
                Texts.blankToNull(r.ownerDepartment()), Texts.blankToNull(r.measures()), r.deadline(), r.foundOn(), null));
        return findings.saveAndFlush(new AuditFinding(auditId, a.getUnionId(), r.category(), text, r.amount(), item, r.foundOn()));
    }
}

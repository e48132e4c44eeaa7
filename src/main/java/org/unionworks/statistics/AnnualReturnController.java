package org.unionworks.statistics;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.unionworks.figures.ReportingPeriods;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.ImportJobView;
import org.unionworks.platform.excel.ImportMode;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.excel.SpreadsheetImports;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.Downloads;
import org.unionworks.platform.web.PageResponse;
import org.unionworks.statistics.web.AnswersRequest;
import org.unionworks.statistics.web.GenerateRequest;
import org.unionworks.statistics.web.QuestionnaireRequest;
import org.unionworks.statistics.web.RectifyRequest;
import org.unionworks.statistics.web.ReturnReviewRequest;
import org.unionworks.statistics.web.StatisticsViews;
import org.unionworks.statistics.web.SubmitRequest;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** 统计年报: start the year's returns, fill them in (on the form or by import), check, sign and submit, review, follow progress. */
@RestController
class AnnualReturnController {

    private final AnnualReturnService service;
    private final AnnualReturnQueries queries;
    private final AnnualReturnRepository returns;
    private final AnnualForms forms;
    private final ReturnValues values;
    private final AnswerImportDefinition answerImport;
    private final Subtrees subtrees;
    private final ReportingPeriods periods;
    private final SpreadsheetImports imports;
    private final SpreadsheetExports exports;
    private final ReturnDifferences differences;
    private final AuditService audit;
    private final NightlyChecks checks;
    private final YearQuestionnaires questionnaires;

    AnnualReturnController(YearQuestionnaires questionnaires, ReturnDifferences differences, AuditService audit, NightlyChecks checks, AnnualReturnService service, AnnualReturnQueries queries, AnnualReturnRepository returns, AnnualForms forms,
                           ReturnValues values, AnswerImportDefinition answerImport, Subtrees subtrees, ReportingPeriods periods,
                           SpreadsheetImports imports, SpreadsheetExports exports) {
        this.questionnaires = questionnaires;
        this.differences = differences;
        this.audit = audit;
        this.checks = checks;
        this.service = service;
        this.queries = queries;
        this.returns = returns;
        this.forms = forms;
        this.values = values;
        this.answerImport = answerImport;
        this.subtrees = subtrees;
        this.periods = periods;
        this.imports = imports;
        this.exports = exports;
    }

    @PostMapping("/api/annual-returns/generate")
    @PreAuthorize("hasAuthority('statistics:write')")
    StatisticsViews.Generated generate(@Valid @RequestBody GenerateRequest r) {
        var g = service.generate(r.year(), unionOrMine(r.unionId()));
        return new StatisticsViews.Generated(r.year(), g.created(), g.existing());
    }

    /** 发起问卷: the year's grassroots questions asked of the subtree through a census campaign (摸底排查). */
    @PostMapping("/api/annual-returns/questionnaire")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('statistics:write')")
    StatisticsViews.Questionnaire questionnaire(@Valid @RequestBody QuestionnaireRequest r) {
        return questionnaires.open(r.year(), unionOrMine(r.unionId()), r.endsOn());
    }

    @GetMapping("/api/annual-returns/progress")
    @PreAuthorize("hasAuthority('statistics:read')")
    @Transactional(readOnly = true)
    StatisticsViews.Progress progress(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long under) {
        return queries.progress(yearOrLast(year), unionOrMine(under));
    }

    @GetMapping("/api/annual-returns")
    @PreAuthorize("hasAuthority('statistics:read')")
    @Transactional(readOnly = true)
    PageResponse<StatisticsViews.ReturnRow> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long under,
                                                 @RequestParam(required = false) String status,
                                                 @RequestParam(defaultValue = "false") boolean failing,
                                                 @PageableDefault(sort = "unionId", direction = Sort.Direction.ASC) Pageable pageable) {
        Page<AnnualReturn> page = returns.findAll(filter(yearOrLast(year), under, status, failing), pageable);
        return PageResponse.of(new PageImpl<>(queries.rows(page.getContent()), page.getPageable(), page.getTotalElements()));
    }

    @GetMapping("/api/annual-returns/{id}")
    @PreAuthorize("hasAuthority('statistics:read')")
    @Transactional(readOnly = true)
    StatisticsViews.ReturnForm get(@PathVariable long id) {
        return queries.form(service.get(id));
    }

    /** The return as a Word document in the form's layout, with the head's, the filler's and the reviewer's names (audited). */
    @GetMapping("/api/annual-returns/{id}/docx")
    @PreAuthorize("hasAuthority('statistics:read')")
    @Transactional(readOnly = true)
    void document(@PathVariable long id, HttpServletResponse response) throws IOException {
        StatisticsViews.ReturnForm form = queries.form(service.get(id));
        byte[] docx = ReturnDocument.of(form);
        audit.record(AuditAction.EXPORT, "AnnualReturn", id, "下载统计年报调查表（Word）", Map.of());
        Downloads.attachment(response, Downloads.DOCX, form.header().year() + "年" + form.header().formName() + "-"
                + form.header().unionName() + ".docx").write(docx);
    }

    /** An approved return's frozen values against today's records, each difference explained by its records. */
    @GetMapping("/api/annual-returns/{id}/differences")
    @PreAuthorize("hasAuthority('statistics:read')")
    @Transactional(readOnly = true)
    StatisticsViews.Differences differences(@PathVariable long id) {
        return differences.of(service.get(id));
    }

    @PutMapping("/api/annual-returns/{id}/answers")
    @PreAuthorize("hasAuthority('statistics:write')")
    StatisticsViews.ReturnForm answer(@PathVariable long id, @Valid @RequestBody AnswersRequest r) {
        Map<String, BigDecimal> answers = new LinkedHashMap<>();
        r.answers().forEach(a -> answers.put(Texts.clean(a.code()), a.value()));
        return queries.form(service.answer(id, r.version(), answers));
    }

    /** Recomputes the cells that come from the records and the returns below, and runs the checks. */
    @PostMapping("/api/annual-returns/{id}/refresh")
    @PreAuthorize("hasAuthority('statistics:write')")
    StatisticsViews.ReturnForm refresh(@PathVariable long id) {
        return queries.form(service.refresh(id));
    }

    @PostMapping("/api/annual-returns/{id}/submit")
    @PreAuthorize("hasAuthority('statistics:write')")
    StatisticsViews.ReturnForm submit(@PathVariable long id, @Valid @RequestBody SubmitRequest r) {
        return queries.form(service.submit(id, r.version(), Texts.clean(r.signerName()), r.signedOn(), me()));
    }

    @PostMapping("/api/annual-returns/{id}/approve")
    @PreAuthorize("hasAuthority('statistics:write')")
    StatisticsViews.ReturnForm approve(@PathVariable long id, @Valid @RequestBody ReturnReviewRequest r) {
        return queries.form(service.approve(id, r.version(), Texts.blankToNull(r.comment()), me()));
    }

    @PostMapping("/api/annual-returns/{id}/send-back")
    @PreAuthorize("hasAuthority('statistics:write')")
    StatisticsViews.ReturnForm sendBack(@PathVariable long id, @Valid @RequestBody ReturnReviewRequest r) {
        return queries.form(service.sendBack(id, r.version(), Texts.blankToNull(r.comment()), me()));
    }

    /** 撤销审核: an approved return reopened by the union above, with the reason (required). */
    @PostMapping("/api/annual-returns/{id}/reopen")
    @PreAuthorize("hasAuthority('statistics:write')")
    StatisticsViews.ReturnForm reopen(@PathVariable long id, @Valid @RequestBody ReturnReviewRequest r) {
        return queries.form(service.reopen(id, r.version(), Texts.blankToNull(r.comment()), me()));
    }

    /** Runs the checks of every return of the year in the subtree now (the nightly run does the same for every union). */
    @PostMapping("/api/annual-returns/check")
    @PreAuthorize("hasAuthority('statistics:write')")
    StatisticsViews.Progress checkAll(@Valid @RequestBody GenerateRequest r) {
        long root = unionOrMine(r.unionId());
        checks.recheckAll(r.year(), root);
        return queries.progress(r.year(), root);
    }

    /** Opens a failing check of the return as an item of the rectification ledger (制度与整改 → 问题清单). */
    @PostMapping("/api/annual-returns/{id}/failures/{check}/rectify")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('statistics:write')")
    StatisticsViews.Rectified rectify(@PathVariable long id, @PathVariable String check, @Valid @RequestBody RectifyRequest r) {
        long item = service.rectify(id, check, Texts.clean(r.ownerPerson()), Texts.blankToNull(r.ownerDepartment()),
                Texts.blankToNull(r.measures()), r.deadline());
        return new StatisticsViews.Rectified(id, check, item);
    }

    @GetMapping("/api/annual-returns/failures")
    @PreAuthorize("hasAuthority('statistics:read')")
    @Transactional(readOnly = true)
    PageResponse<StatisticsViews.FailureRow> failures(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long under,
                                                      @RequestParam(defaultValue = "false") boolean blocking, Pageable pageable) {
        return PageResponse.of(queries.failures(yearOrLast(year), unionOrMine(under), blocking, pageable));
    }

    @GetMapping("/api/annual-returns/import/template")
    @PreAuthorize("hasAuthority('statistics:write')")
    void template(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "GRASSROOTS") AnnualForm.Level level,
                  HttpServletResponse response) throws IOException {
        int y = yearOrLast(year);
        var definition = answerImport.forYear(form(level, y), y);
        imports.template(definition, SpreadsheetExports.download(response, definition.templateName()));
    }

    @PostMapping("/api/annual-returns/import")
    @PreAuthorize("hasAuthority('statistics:write')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportJobView importAnswers(@RequestPart("file") MultipartFile file, @RequestParam(required = false) Integer year,
                                @RequestParam(defaultValue = "GRASSROOTS") AnnualForm.Level level,
                                @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
                                @RequestParam(defaultValue = "false") boolean autoCommit) {
        int y = yearOrLast(year);
        return imports.start(answerImport.forYear(form(level, y), y), file, mode, autoCommit);
    }

    /** The year's returns of one form in the subtree in the layout of the forms' spreadsheet: one row per union, one column per cell. */
    @GetMapping("/api/annual-returns/export")
    @PreAuthorize("hasAuthority('statistics:read')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long under,
                @RequestParam(defaultValue = "GRASSROOTS") AnnualForm.Level level, HttpServletResponse response) throws IOException {
        int y = yearOrLast(year);
        AnnualForm form = form(level, y);
        Specification<AnnualReturn> spec = filter(y, under, null, false).and((r, q, cb) -> cb.equal(r.get("formId"), form.id()));
        List<String> headers = new ArrayList<>(List.of("工会编号", "工会名称", "状态", "单位负责人", "签字日期"));
        form.cells().forEach(c -> headers.add(c.code() + " " + c.label() + "（" + c.unit() + "）"));
        var rows = new PagedIterator<>(page -> {
            Page<AnnualReturn> p = returns.findAll(spec, PageRequest.of(page, 500, Sort.by("unionId")));
            Map<Long, Map<String, BigDecimal>> cells = values.of(p.getContent().stream().map(AnnualReturn::getId).toList());
            List<Line> lines = queries.rows(p.getContent()).stream().map(h -> new Line(h, cells.getOrDefault(h.id(), Map.of()))).toList();
            return new PageImpl<>(lines, p.getPageable(), p.getTotalElements());
        });
        exports.write(SpreadsheetExports.download(response, y + "年" + form.name() + ".xlsx"), "AnnualReturn", form.name(), headers, rows, l -> {
            List<Object> line = new ArrayList<>(Arrays.asList(l.head().unionId(), l.head().unionName(), l.head().statusLabel(),
                    l.head().signerName(), l.head().signedOn()));
            form.cells().forEach(c -> line.add(l.cells().get(c.code())));
            return line;
        }, SpreadsheetExports.filters("year", y, "under", under, "level", level));
    }

    /** A row of the forms' spreadsheet: the return and its values. */
    private record Line(StatisticsViews.ReturnRow head, Map<String, BigDecimal> cells) {
    }

    private AnnualForm form(AnnualForm.Level level, int year) {
        return forms.forYear(level, year).orElseThrow(() -> new InvalidInputException("year", year + "统计年度没有适用的调查表"));
    }

    private Specification<AnnualReturn> filter(int year, Long under, String status, boolean failing) {
        List<Specification<AnnualReturn>> parts = new ArrayList<>();
        parts.add(subtrees.under(unionOrMine(under)));
        parts.add((r, q, cb) -> cb.equal(r.get("statYear"), year));
        if (status != null && !status.isBlank()) {
            AnnualReturn.Status s = Arrays.stream(AnnualReturn.Status.values()).filter(x -> x.name().equals(status)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("status", "没有这种填报状态"));
            parts.add((r, q, cb) -> cb.equal(r.get("status"), s));
        }
        if (failing) {
            parts.add((r, q, cb) -> cb.gt(r.get("blockingFailures"), 0));
        }
        return Specification.allOf(parts);
    }

    private int yearOrLast(Integer year) {
        return periods.of(ReportingPeriods.Kind.STATISTICAL, year).year();
    }

    private static String me() {
        return CurrentUsers.require().username();
    }

    private static long unionOrMine(Long unionId) {
        return unionId == null ? CurrentUsers.require().unionId() : unionId;
    }
}

package org.unionworks.governance;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.governance.web.CompleteRequest;
import org.unionworks.governance.web.GovernanceViews;
import org.unionworks.governance.web.ProblemRequest;
import org.unionworks.governance.web.VerifyRequest;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** 问题清单 / 整改台账: list (overdue highlighted), register, complete with evidence, verify, export. */
@RestController
class RectificationController {

    static final List<String> EXPORT_HEADERS = List.of("编号", "来源", "类别", "问题描述", "责任人", "责任部门", "整改措施", "发现日期",
            "整改期限", "状态", "立整立改", "完成日期", "整改结果", "销号人", "销号日期", "工会");

    private final RectificationService service;
    private final RectificationRepository items;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final SpreadsheetExports exports;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final org.unionworks.platform.access.SqlScopes sqlScopes;

    RectificationController(RectificationService service, RectificationRepository items, Subtrees subtrees, OrgTree orgTree,
                            SpreadsheetExports exports,
                            org.springframework.jdbc.core.simple.JdbcClient jdbc, org.unionworks.platform.access.SqlScopes sqlScopes) {
        this.sqlScopes = sqlScopes;
        this.jdbc = jdbc;
        this.service = service;
        this.items = items;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
        this.exports = exports;
    }

    /** {@code status}: IN_PROGRESS, OVERDUE (in progress past the deadline), DONE or CLOSED. */
    @GetMapping("/api/rectifications")
    @PreAuthorize("hasAuthority('governance:read')")
    @Transactional(readOnly = true)
    PageResponse<GovernanceViews.Rectification> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String status,
                                           @RequestParam(required = false) String source, @RequestParam(required = false) String category,
                                           @RequestParam(required = false) Long researchId,
                                           @PageableDefault(sort = "deadline") Pageable pageable) {
        return PageResponse.of(items.findAll(filter(under, status, source, category, researchId), pageable).map(this::view));
    }

    @GetMapping("/api/rectifications/{id}")
    @PreAuthorize("hasAuthority('governance:read')")
    @Transactional(readOnly = true)
    GovernanceViews.Rectification get(@PathVariable long id) {
        return view(service.get(id));
    }

    @PostMapping("/api/rectifications")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('governance:write')")
    GovernanceViews.Rectification create(@Valid @RequestBody ProblemRequest r) {
        if (r.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择工会");
        }
        return view(service.create(problem(r, r.unionId()), Texts.blankToNull(r.fixedAtOnce())));
    }

    @PutMapping("/api/rectifications/{id}")
    @PreAuthorize("hasAuthority('governance:write')")
    GovernanceViews.Rectification update(@PathVariable long id, @Valid @RequestBody ProblemRequest r) {
        if (r.version() == null) {
            throw new InvalidInputException("version", "缺少版本号");
        }
        Rectification existing = service.get(id);
        return view(service.update(id, r.version(), problem(r, existing.getUnionId())));
    }

    @PostMapping("/api/rectifications/{id}/complete")
    @PreAuthorize("hasAuthority('governance:write')")
    GovernanceViews.Rectification complete(@PathVariable long id, @Valid @RequestBody CompleteRequest body) {
        return view(service.complete(id, body.doneOn(), body.result().strip(), body.evidence() == null ? List.of() : body.evidence()));
    }

    @PostMapping("/api/rectifications/{id}/verify")
    @PreAuthorize("hasAuthority('governance:write')")
    GovernanceViews.Rectification verify(@PathVariable long id, @Valid @RequestBody VerifyRequest body) {
        return view(service.verify(id, Texts.clean(body.verifier()), body.on()));
    }

    @GetMapping("/api/rectifications/export")
    @PreAuthorize("hasAuthority('governance:export')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) String status,
                @RequestParam(required = false) String source, @RequestParam(required = false) String category,
                HttpServletResponse response) throws IOException {
        Specification<Rectification> spec = filter(under, status, source, category, null);
        var rows = new PagedIterator<>(page -> items.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        Map<String, Object> filters = SpreadsheetExports.filters("under", under, "status", status, "source", source, "category", category);
        exports.write(SpreadsheetExports.download(response, "整改台账.xlsx"), "Rectification", "整改台账", EXPORT_HEADERS, rows,
                r -> Arrays.asList(r.getId(), r.getSource(), r.getCategory(), r.getDescription(), r.getOwnerPerson(),
                        r.getOwnerDepartment(), r.getMeasures(), r.getFoundOn(), r.getDeadline(),
                        r.overdue(LocalDate.now()) ? "OVERDUE" : r.getStatus().name(), r.isImmediate() ? "是" : "否", r.getDoneOn(),
                        r.getResult(), r.getVerifier(), r.getVerifiedOn(), orgTree.nameOf(r.getUnionId()).orElse(null)), filters);
    }

    private Specification<Rectification> filter(Long under, String status, String source, String category, Long researchId) {
        List<Specification<Rectification>> parts = new ArrayList<>();
        parts.add(subtrees.under(under == null ? CurrentUsers.require().unionId() : under));
        LocalDate today = LocalDate.now();
        if (status != null && !status.isBlank()) {
            parts.add(switch (status) {
                case "OVERDUE" -> (r, q, cb) -> cb.and(cb.equal(r.get("status"), RectificationStatus.IN_PROGRESS),
                        cb.lessThan(r.get("deadline"), today));
                case "IN_PROGRESS", "DONE", "CLOSED" -> (r, q, cb) -> cb.equal(r.get("status"), RectificationStatus.valueOf(status));
                default -> throw new InvalidInputException("status", "状态只能是 IN_PROGRESS、OVERDUE、DONE 或 CLOSED");
            });
        }
        if (source != null && !source.isBlank()) {
            parts.add((r, q, cb) -> cb.equal(r.get("source"), source));
        }
        if (category != null && !category.isBlank()) {
            parts.add((r, q, cb) -> cb.equal(r.get("category"), category));
        }
        if (researchId != null) {
            parts.add((r, q, cb) -> cb.equal(r.get("researchId"), researchId));
        }
        return Specification.allOf(parts);
    }

    private static ProblemLedger.Problem problem(ProblemRequest r, long unionId) {
        return new ProblemLedger.Problem(unionId, r.source(), r.category(), Texts.clean(r.description()), Texts.clean(r.ownerPerson()),
                Texts.blankToNull(r.ownerDepartment()), Texts.blankToNull(r.measures()), r.deadline(), r.foundOn(), null);
    }

    GovernanceViews.Rectification view(Rectification r) {
        return new GovernanceViews.Rectification(r.getId(), r.getUnionId(), orgTree.nameOf(r.getUnionId()).orElse(null), r.getSource(),
                r.getCategory(), r.getDescription(), r.getOwnerPerson(), r.getOwnerDepartment(), r.getMeasures(), r.getFoundOn(),
                r.getDeadline(), r.getStatus().name(), r.overdue(LocalDate.now()), r.isImmediate(), r.getDoneOn(), r.getResult(),
                r.getVerifier(), r.getVerifiedOn(), r.getResearchId(), r.getEvidence(), r.getVersion());
    }
}

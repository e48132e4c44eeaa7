package org.unionworks.governance;

import java.util.List;
import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.governance.web.GovernanceViews;
import org.unionworks.governance.web.RepealRequest;
import org.unionworks.governance.web.RuleRequest;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.validation.Choices;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;

import jakarta.validation.Valid;

/** The rules library (管理制度). */
@RestController
class RuleController {

    private final RuleService service;
    private final RuleDocRepository rules;
    private final RuleRevisionRepository revisions;
    private final Subtrees subtrees;
    private final OrgTree orgTree;
    private final org.unionworks.platform.excel.SpreadsheetExports exports;

    RuleController(RuleService service, RuleDocRepository rules, RuleRevisionRepository revisions, Subtrees subtrees,
                   OrgTree orgTree, org.unionworks.platform.excel.SpreadsheetExports exports) {
        this.exports = exports;
        this.service = service;
        this.rules = rules;
        this.revisions = revisions;
        this.subtrees = subtrees;
        this.orgTree = orgTree;
    }

    @GetMapping("/api/rules")
    @PreAuthorize("hasAuthority('governance:read')")
    @Transactional(readOnly = true)
    PageResponse<GovernanceViews.Regulation> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String status,
                                           @RequestParam(required = false) String category,
                                           @PageableDefault(sort = "enactedOn", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(rules.findAll(filter(under, status, category), pageable).map(this::view));
    }

    /** The rules of a union's subtree (the caller's by default), of a status and a category when given. */
    private Specification<RuleDoc> filter(Long under, String status, String category) {
        Specification<RuleDoc> spec = subtrees.under(under == null ? CurrentUsers.require().unionId() : under);
        if (status != null && !status.isBlank()) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("status"), regulationStatus(status)));
        }
        if (category != null && !category.isBlank()) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("category"), category));
        }
        return spec;
    }

    /** The list as a workbook, with the list's filters. */
    @GetMapping("/api/rules/export")
    @PreAuthorize("hasAuthority('governance:export')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) String status,
                @RequestParam(required = false) String category, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        var rows = rules.findAll(filter(under, status, category), Sort.by("enactedOn")).iterator();
        exports.write(org.unionworks.platform.excel.SpreadsheetExports.download(response, "管理制度.xlsx"), "RuleDoc", "管理制度",
                List.of("编号", "制度名称", "类别", "制定日期", "现行版本", "状态", "废止日期", "制定单位"), rows,
                r -> java.util.Arrays.asList(r.getId(), r.getTitle(), r.getCategory(), r.getEnactedOn(), r.getCurrentVersion(),
                        r.getStatus() == RegulationStatus.IN_FORCE ? "现行有效" : "已废止", r.getRepealedOn(),
                        orgTree.nameOf(r.getUnionId()).orElse(null)), Map.of());
    }

    @GetMapping("/api/rules/{id}")
    @PreAuthorize("hasAuthority('governance:read')")
    @Transactional(readOnly = true)
    GovernanceViews.Regulation get(@PathVariable long id) {
        var history = revisions.findByRuleIdOrderByRevisionNoDesc(id).stream().map(r -> new GovernanceViews.Revision(r.getRevisionNo(),
                r.getAction(), r.getActedOn(), r.getBody(), r.getFileId(), r.getNote(), r.getDoneBy())).toList();
        return view(service.get(id), history);
    }

    @PostMapping("/api/rules")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('governance:write')")
    GovernanceViews.Regulation enact(@Valid @RequestBody RuleRequest r) {
        if (r.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择制定单位");
        }
        return view(service.enact(r.unionId(), Texts.clean(r.title()), r.category(), r.on(), Texts.blankToNull(r.body()),
                Texts.blankToNull(r.fileId())));
    }

    @PostMapping("/api/rules/{id}/revise")
    @PreAuthorize("hasAuthority('governance:write')")
    GovernanceViews.Regulation revise(@PathVariable long id, @Valid @RequestBody RuleRequest r) {
        return view(service.revise(id, Texts.clean(r.title()), r.category(), r.on(), Texts.blankToNull(r.body()),
                Texts.blankToNull(r.fileId()), Texts.blankToNull(r.note())));
    }

    @PostMapping("/api/rules/{id}/repeal")
    @PreAuthorize("hasAuthority('governance:write')")
    GovernanceViews.Regulation repeal(@PathVariable long id, @Valid @RequestBody RepealRequest body) {
        return view(service.repeal(id, body.on(), Texts.blankToNull(body.note())));
    }

    private GovernanceViews.Regulation view(RuleDoc r) {
        return view(r, null);
    }

    private GovernanceViews.Regulation view(RuleDoc r, List<GovernanceViews.Revision> history) {
        return new GovernanceViews.Regulation(r.getId(), r.getUnionId(), orgTree.nameOf(r.getUnionId()).orElse(null), r.getTitle(),
                r.getCategory(), r.getStatus().name(), r.getCurrentVersion(), r.getEnactedOn(), r.getRepealedOn(), r.getVersion(), history);
    }

    private static RegulationStatus regulationStatus(String status) {
        return Choices.of(RegulationStatus.class, status, "status", "状态只能是 IN_FORCE（现行有效）或 REPEALED（已废止）");
    }
}

package org.unionworks.governance;

import java.util.LinkedHashMap;
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
import org.unionworks.governance.web.RuleRequest;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.error.InvalidInputException;
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
    PageResponse<Map<String, Object>> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String status,
                                           @RequestParam(required = false) String category,
                                           @PageableDefault(sort = "enactedOn", direction = Sort.Direction.DESC) Pageable pageable) {
        Specification<RuleDoc> spec = subtrees.under(under == null ? CurrentUsers.require().unionId() : under);
        if (status != null && !status.isBlank()) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("status"), status));
        }
        if (category != null && !category.isBlank()) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("category"), category));
        }
        return PageResponse.of(rules.findAll(spec, pageable).map(this::view));
    }

    @GetMapping("/api/rules/export")
    @PreAuthorize("hasAuthority('governance:export')")
    @Transactional(readOnly = true)
    void export(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        var rows = rules.findAll(Sort.by("enactedOn")).iterator();
        exports.write(org.unionworks.platform.excel.SpreadsheetExports.download(response, "管理制度.xlsx"), "RuleDoc", "管理制度",
                List.of("编号", "制度名称", "类别", "制定日期", "现行版本", "状态", "废止日期", "制定单位"), rows,
                r -> java.util.Arrays.asList(r.getId(), r.getTitle(), r.getCategory(), r.getEnactedOn(), r.getCurrentVersion(),
                        r.getStatus().equals("IN_FORCE") ? "现行有效" : "已废止", r.getRepealedOn(),
                        orgTree.nameOf(r.getUnionId()).orElse(null)), Map.of());
    }

    @GetMapping("/api/rules/{id}")
    @PreAuthorize("hasAuthority('governance:read')")
    @Transactional(readOnly = true)
    Map<String, Object> get(@PathVariable long id) {
        Map<String, Object> v = view(service.get(id));
        List<Map<String, Object>> history = revisions.findByRuleIdOrderByRevisionNoDesc(id).stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("revisionNo", r.getRevisionNo());
            m.put("action", r.getAction());
            m.put("actedOn", r.getActedOn());
            m.put("body", r.getBody());
            m.put("fileId", r.getFileId());
            m.put("note", r.getNote());
            m.put("doneBy", r.getDoneBy());
            return m;
        }).toList();
        v.put("revisions", history);
        return v;
    }

    @PostMapping("/api/rules")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('governance:write')")
    Map<String, Object> enact(@Valid @RequestBody RuleRequest r) {
        if (r.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择制定单位");
        }
        return view(service.enact(r.unionId(), Texts.clean(r.title()), r.category(), r.on(), Texts.blankToNull(r.body()),
                Texts.blankToNull(r.fileId())));
    }

    @PostMapping("/api/rules/{id}/revise")
    @PreAuthorize("hasAuthority('governance:write')")
    Map<String, Object> revise(@PathVariable long id, @Valid @RequestBody RuleRequest r) {
        return view(service.revise(id, Texts.clean(r.title()), r.category(), r.on(), Texts.blankToNull(r.body()),
                Texts.blankToNull(r.fileId()), Texts.blankToNull(r.note())));
    }

    @PostMapping("/api/rules/{id}/repeal")
    @PreAuthorize("hasAuthority('governance:write')")
    Map<String, Object> repeal(@PathVariable long id, @RequestBody Map<String, String> body) {
        java.time.LocalDate on;
        try {
            on = java.time.LocalDate.parse(body.get("on"));
        } catch (RuntimeException e) {
            throw new InvalidInputException("on", "请填写废止日期（yyyy-MM-dd）");
        }
        return view(service.repeal(id, on, Texts.blankToNull(body.get("note"))));
    }

    private Map<String, Object> view(RuleDoc r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.getId());
        m.put("unionId", r.getUnionId());
        m.put("unionName", orgTree.nameOf(r.getUnionId()).orElse(null));
        m.put("title", r.getTitle());
        m.put("category", r.getCategory());
        m.put("status", r.getStatus());
        m.put("currentVersion", r.getCurrentVersion());
        m.put("enactedOn", r.getEnactedOn());
        m.put("repealedOn", r.getRepealedOn());
        m.put("version", r.getVersion());
        return m;
    }
}

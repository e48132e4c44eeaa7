package org.unionworks.org;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.org.web.CloseRequest;
import org.unionworks.org.web.MoveRequest;
import org.unionworks.org.web.OrgRequest;
import org.unionworks.org.web.OrgView;
import org.unionworks.org.web.TreeNode;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.data.ListFilter;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.validation.ApproximateDate;
import org.unionworks.platform.validation.CreditCodes;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/orgs")
class OrgController {

    static final List<String> EXPORT_HEADERS = List.of("编号", "工会名称", "上级工会编号", "上级工会名称", "简称", "组织类型",
            "基层工会类型", "统一社会信用代码", "法人资格证号", "行政区划代码", "地址", "成立日期", "工会主席", "联系人", "联系电话",
            "批准工会编号", "批准文号", "状态", "撤销/合并日期");

    private final OrgService service;
    private final UnionOrgRepository orgs;
    private final SpreadsheetExports exports;
    private final org.unionworks.platform.dict.Dictionaries dictionaries;
    private final org.unionworks.platform.access.OrgTree orgTree;

    OrgController(OrgService service, UnionOrgRepository orgs, SpreadsheetExports exports,
                  org.unionworks.platform.dict.Dictionaries dictionaries, org.unionworks.platform.access.OrgTree orgTree) {
        this.orgTree = orgTree;
        this.service = service;
        this.orgs = orgs;
        this.exports = exports;
        this.dictionaries = dictionaries;
    }

    /** Children of a union for the lazy tree; without {@code parentId}, the caller's own union. */
    @GetMapping("/tree")
    @PreAuthorize("hasAuthority('org:read')")
    @Transactional(readOnly = true)
    List<TreeNode> tree(@RequestParam(required = false) Long parentId) {
        List<UnionOrg> nodes = parentId == null
                ? List.of(service.get(CurrentUsers.require().unionId()))
                : orgs.findByParentIdAndStatusOrderBySortOrderAscNameAsc(service.get(parentId).getId(), OrgStatus.ACTIVE);
        Map<Long, Long> counts = new HashMap<>();
        if (!nodes.isEmpty()) {
            orgs.countChildren(nodes.stream().map(UnionOrg::getId).toList(), OrgStatus.ACTIVE)
                    .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        return nodes.stream().map(o -> new TreeNode(o.getId(), o.getName(), o.getOrgType().name(),
                o.getStatus().name(), counts.getOrDefault(o.getId(), 0L) > 0)).toList();
    }

    @GetMapping
    @PreAuthorize("hasAuthority('org:read')")
    @Transactional(readOnly = true)
    PageResponse<OrgView> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String q,
                               @RequestParam(required = false) String orgType,
                               @RequestParam(required = false) String status,
                               @PageableDefault(sort = "path") Pageable pageable) {
        return PageResponse.of(orgs.findAll(filter(under, q, orgType, status), pageable).map(this::view));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('org:read')")
    @Transactional(readOnly = true)
    OrgView get(@PathVariable long id) {
        return view(service.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('org:write')")
    OrgView create(@Valid @RequestBody OrgRequest body) {
        if (body.parentId() == null) {
            throw new InvalidInputException("parentId", "请选择上级工会");
        }
        return view(service.create(body.parentId(), fields(body)));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('org:write')")
    OrgView update(@PathVariable long id, @Valid @RequestBody OrgRequest body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "缺少版本号");
        }
        return view(service.update(id, body.version(), fields(body)));
    }

    @PostMapping("/{id}/move")
    @PreAuthorize("hasAuthority('org:write')")
    OrgView move(@PathVariable long id, @Valid @RequestBody MoveRequest body) {
        return view(service.move(id, body.newParentId()));
    }

    @PostMapping("/{id}/dissolve")
    @PreAuthorize("hasAuthority('org:write')")
    OrgView dissolve(@PathVariable long id, @Valid @RequestBody CloseRequest body) {
        return view(service.close(id, null, body.on(), Texts.clean(body.reason())));
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize("hasAuthority('org:write')")
    OrgView merge(@PathVariable long id, @Valid @RequestBody CloseRequest body) {
        if (body.intoId() == null) {
            throw new InvalidInputException("intoId", "请选择接收合并的工会");
        }
        return view(service.close(id, body.intoId(), body.on(), Texts.clean(body.reason())));
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('org:export')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) String q,
                @RequestParam(required = false) String orgType, @RequestParam(required = false) String status,
                HttpServletResponse response) throws IOException {
        Specification<UnionOrg> spec = filter(under, q, orgType, status);
        Map<String, String> types = dictionaries.labels("org_type");
        Map<String, String> kinds = dictionaries.labels("grassroots_kind");
        Map<String, String> statuses = dictionaries.labels("org_status");
        var rows = new PagedIterator<>(page -> orgs.findAll(spec, PageRequest.of(page, 1000, Sort.by("path"))));
        Map<String, Object> filters = SpreadsheetExports.filters("under", under, "q", q, "orgType", orgType, "status", status);
        exports.write(SpreadsheetExports.download(response, "工会组织.xlsx"), "UnionOrg", "工会组织", EXPORT_HEADERS, rows,
                o -> Arrays.asList(o.getId(), o.getName(), o.getParentId(),
                    o.getParentId() == null ? null : orgTree.nameOf(o.getParentId()).orElse(null),
                    o.getShortName(), types.get(o.getOrgType().name()),
                    o.getGrassrootsKind() == null ? null : kinds.get(o.getGrassrootsKind()),
                    o.getCreditCode(), o.getLegalPersonCertNo(), o.getDivisionCode(), o.getAddress(),
                    o.getFoundedOn(), o.getChairName(), o.getContactName(), o.getContactPhone(),
                    o.fields().approvalUnionId(), o.fields().approvalNo(),
                    statuses.get(o.getStatus().name()), o.getClosedOn()), filters);
    }

    private Specification<UnionOrg> filter(Long under, String q, String orgType, String status) {
        String prefix = service.get(under == null ? CurrentUsers.require().unionId() : under).getPath();
        List<Specification<UnionOrg>> parts = new ArrayList<>();
        parts.add((r, query, cb) -> cb.like(r.get("path"), prefix + "%"));
        String text = Texts.blankToNull(q);
        if (text != null) {
            String like = ListFilter.containing(text);
            boolean number = text.length() < 12 && text.chars().allMatch(Character::isDigit);
            parts.add((r, query, cb) -> cb.or(cb.like(r.get("name"), like, ListFilter.ESCAPE),
                    cb.like(r.get("shortName"), like, ListFilter.ESCAPE),
                    cb.equal(r.get("creditCode"), CreditCodes.normalize(text)),
                    number ? cb.equal(r.get("id"), Long.parseLong(text)) : cb.disjunction()));
        }
        if (orgType != null && !orgType.isBlank()) {
            OrgType type = parseEnum(OrgType.class, orgType, "orgType", "组织类型");
            parts.add((r, query, cb) -> cb.equal(r.get("orgType"), type));
        }
        if (status != null && !status.isBlank()) {
            OrgStatus st = parseEnum(OrgStatus.class, status, "status", "状态");
            parts.add((r, query, cb) -> cb.equal(r.get("status"), st));
        }
        return Specification.allOf(parts);
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, String label) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, label + "“" + value + "”无效");
        }
    }

    private OrgFields fields(OrgRequest r) {
        OrgType type = parseEnum(OrgType.class, r.orgType(), "orgType", "组织类型");
        return new OrgFields(Texts.clean(r.name()), Texts.blankToNull(r.shortName()), type,
                Texts.blankToNull(r.grassrootsKind()), CreditCodes.normalize(Texts.blankToNull(r.creditCode())),
                Texts.blankToNull(r.legalPersonCertNo()), Texts.blankToNull(r.divisionCode()),
                Texts.blankToNull(r.address()), r.foundedOn(), Texts.blankToNull(r.chairName()),
                Texts.blankToNull(r.contactName()), Texts.blankToNull(r.contactPhone()), r.approvalUnionId(),
                Texts.blankToNull(r.approvalNo()), precision(r.foundedOnPrecision(), "foundedOnPrecision"));
    }

    static ApproximateDate.Precision precision(String code, String field) {
        if (code == null || code.isBlank()) {
            return ApproximateDate.Precision.DAY;
        }
        try {
            return ApproximateDate.Precision.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "日期精度只能是精确到日、仅知年月、仅知年份或日期不详");
        }
    }

    private OrgView view(UnionOrg o) {
        OrgFields f = o.fields();
        // by the tree's names, not the scoped repository: a cadre sees the name of the union above its own
        String parentName = o.getParentId() == null ? null : orgTree.nameOf(o.getParentId()).orElse(null);
        String successorName = o.getSuccessorId() == null ? null : orgTree.nameOf(o.getSuccessorId()).orElse(null);
        return new OrgView(o.getId(), o.getParentId(), parentName, o.getPath(), o.getDepth(), o.getName(),
                o.getShortName(), o.getOrgType().name(), o.getGrassrootsKind(), o.getCreditCode(),
                o.getLegalPersonCertNo(), o.getDivisionCode(), o.getAddress(), o.getFoundedOn(), o.getChairName(),
                o.getContactName(), o.getContactPhone(), f.approvalUnionId(),
                f.approvalUnionId() == null ? null : orgTree.nameOf(f.approvalUnionId()).orElse(null), f.approvalNo(),
                o.getStatus().name(), o.getClosedOn(), o.getClosedReason(),
                o.getSuccessorId(), successorName, o.getVersion(), o.getCreatedAt(),
                o.getFoundedOn() == null ? null : o.getFoundedOnPrecision().name());
    }
}

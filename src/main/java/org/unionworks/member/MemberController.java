package org.unionworks.member;

import java.io.IOException;
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
import org.unionworks.member.web.HistoryView;
import org.unionworks.member.web.MemberRequest;
import org.unionworks.member.web.MemberView;
import org.unionworks.member.web.StatusRequest;
import org.unionworks.org.OrgDirectory;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.audit.AuditAction;
import org.unionworks.platform.audit.AuditService;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.validation.IdNumbers;
import org.unionworks.platform.validation.Mobiles;
import org.unionworks.platform.validation.Texts;
import org.unionworks.platform.data.CappedPages;
import org.unionworks.platform.web.PageResponse;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

@RestController
class MemberController {

    static final List<String> EXPORT_HEADERS = List.of("姓名", "身份证号", "性别", "出生日期", "民族", "政治面貌", "学历",
            "户籍类型", "是否农民工", "新就业形态", "手机号", "会员卡号", "所属工会编号", "所属工会", "工作单位", "入会时间",
            "会籍状态", "状态日期");

    private final MemberService service;
    private final MemberRepository members;
    private final MemberStatusChangeRepository history;
    private final OrgDirectory directory;
    private final OrgTree orgTree;
    private final Subtrees subtrees;
    private final SpreadsheetExports exports;
    private final AuditService audit;
    private final CappedPages pages;

    MemberController(MemberService service, MemberRepository members, MemberStatusChangeRepository history,
                     OrgDirectory directory, OrgTree orgTree, Subtrees subtrees, SpreadsheetExports exports,
                     AuditService audit, CappedPages pages) {
        this.service = service;
        this.pages = pages;
        this.members = members;
        this.history = history;
        this.directory = directory;
        this.orgTree = orgTree;
        this.subtrees = subtrees;
        this.exports = exports;
        this.audit = audit;
    }

    /**
     * Search: {@code q} is a full ID number, the last 4 or more characters of one, a phone or card
     * number, or the beginning of a name. {@code status} defaults to current members (在会 and
     * 保留会籍); {@code ALL} lists every membership. Totals above 10,000 are given as "10,000 or more"
     * ({@link CappedPages}).
     */
    @GetMapping("/api/members")
    @PreAuthorize("hasAuthority('member:read')")
    @Transactional(readOnly = true)
    PageResponse<MemberView> list(@RequestParam(required = false) Long under, @RequestParam(required = false) String q,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) String sex,
                                  @RequestParam(required = false) Boolean migrantWorker,
                                  @RequestParam(required = false) Boolean newForm,
                                  @PageableDefault(sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return pages.find(Member.class, filter(under, q, status, sex, migrantWorker, newForm), pageable, this::views);
    }

    @GetMapping("/api/members/{id}")
    @PreAuthorize("hasAuthority('member:read')")
    @Transactional(readOnly = true)
    MemberView get(@PathVariable long id) {
        return view(service.get(id));
    }

    @GetMapping("/api/members/{id}/history")
    @PreAuthorize("hasAuthority('member:read')")
    @Transactional(readOnly = true)
    List<HistoryView> history(@PathVariable long id) {
        service.get(id);
        return history.findByMemberIdOrderByChangedOnDescIdDesc(id).stream()
                .map(h -> new HistoryView(h.getId(), h.getUnionId(), orgTree.nameOf(h.getUnionId()).orElse(null),
                        h.getFromStatus() == null ? null : h.getFromStatus().name(), h.getToStatus().name(),
                        h.getChangedOn(), h.getReason(), h.getChangedBy()))
                .toList();
    }

    @PostMapping("/api/members")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('member:write')")
    MemberView create(@Valid @RequestBody MemberRequest body) {
        if (body.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择所属工会");
        }
        if (body.idNumber() == null || body.idNumber().isBlank()) {
            throw new InvalidInputException("idNumber", "身份证号不能为空");
        }
        return view(service.create(body.unionId(), fields(body)));
    }

    @PutMapping("/api/members/{id}")
    @PreAuthorize("hasAuthority('member:write')")
    MemberView update(@PathVariable long id, @Valid @RequestBody MemberRequest body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "缺少版本号");
        }
        return view(service.update(id, body.version(), fields(kept(service.get(id), body))));
    }

    /**
     * An edit need not reveal the full ID number or phone: an empty ID number and an absent phone keep
     * the stored ones (an empty phone clears it).
     */
    private static MemberRequest kept(Member m, MemberRequest r) {
        String idNumber = r.idNumber() == null || r.idNumber().isBlank() ? m.fields().idNumber() : r.idNumber();
        String phone = r.phone() == null ? m.fields().phone() : r.phone();
        return new MemberRequest(r.unionId(), r.name(), idNumber, r.ethnicity(), r.politicalStatus(), r.education(), r.hukouType(),
                r.migrantWorker(), r.newFormKind(), phone, r.cardNo(), r.joinedOn(), r.employerId(), r.version());
    }

    @PostMapping("/api/members/{id}/status")
    @PreAuthorize("hasAuthority('member:write')")
    MemberView changeStatus(@PathVariable long id, @Valid @RequestBody StatusRequest body) {
        MemberService.Action action;
        try {
            action = MemberService.Action.valueOf(body.action());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("action", "办理事项只能是 RESERVE、RESUME、RETIRE、WITHDRAW、EXPEL 或 TRANSFER_OUT");
        }
        return view(service.act(id, action, body.on(), Texts.clean(body.reason())));
    }

    @PostMapping("/api/members/{id}/reveal")
    @PreAuthorize("hasAuthority('member:reveal')")
    MemberService.Revealed reveal(@PathVariable long id) {
        return service.reveal(id);
    }

    /** The list with its filters as .xlsx; ID numbers and phones masked unless {@code reveal} (a permission, audited). */
    @GetMapping("/api/members/export")
    @PreAuthorize("hasAuthority('member:export')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) String q,
                @RequestParam(required = false) String status, @RequestParam(required = false) String sex,
                @RequestParam(required = false) Boolean migrantWorker, @RequestParam(required = false) Boolean newForm,
                @RequestParam(defaultValue = "false") boolean reveal, @RequestParam(required = false) String purpose,
                HttpServletResponse response) throws IOException {
        if (reveal && !CurrentUsers.require().can("member:reveal")) {
            throw new org.springframework.security.access.AccessDeniedException("no member:reveal");
        }
        if (reveal && (purpose == null || purpose.isBlank())) {
            throw new InvalidInputException("purpose", "导出完整证件号须说明用途（将记入审计日志）");
        }
        Specification<Member> spec = filter(under, q, status, sex, migrantWorker, newForm);
        var rows = new PagedIterator<>(page -> members.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        Map<String, Object> filters = SpreadsheetExports.filters("under", under, "q", q, "status", status, "sex", sex, "migrantWorker", migrantWorker, "newForm", newForm, "reveal", reveal);
        if (reveal) {
            audit.record(AuditAction.REVEAL, "Member", null, "导出会员完整身份证号和手机号，用途：" + Texts.clean(purpose), filters);
        }
        Map<Long, String> employers = new java.util.HashMap<>();
        boolean birthDates = mayKnowBirthDates();
        exports.write(SpreadsheetExports.download(response, "会员.xlsx"), "Member", "会员", EXPORT_HEADERS, rows, m -> {
            MemberFields f = m.fields();
            return Arrays.asList(f.name(), reveal ? f.idNumber() : IdNumbers.mask(f.idNumber()),
                    "FEMALE".equals(m.getSex()) ? "女" : "男", birthDates ? m.getBirthDate() : null, f.ethnicity(), f.politicalStatus(),
                    f.education(), f.hukouType(), f.migrantWorker() ? "是" : "否", f.newFormKind(),
                    reveal ? f.phone() : Mobiles.mask(f.phone()), f.cardNo(), m.getUnionId(),
                    orgTree.nameOf(m.getUnionId()).orElse(null),
                    f.employerId() == null ? null : employers.computeIfAbsent(f.employerId(),
                            id -> directory.employerNames(List.of(id)).get(id)),
                    f.joinedOn(), m.getStatus().label, m.getStatusSince());
        }, filters);
    }

    private Specification<Member> filter(Long under, String q, String status, String sex, Boolean migrant, Boolean newForm) {
        List<Specification<Member>> parts = new ArrayList<>();
        parts.add(subtrees.underKeepingDistrict(under == null ? CurrentUsers.require().unionId() : under));
        String text = Texts.normalize(q);
        if (text != null && !text.isEmpty()) {
            String upper = text.toUpperCase(java.util.Locale.ROOT);
            parts.add(MemberSearch.matching(upper, mayRevealIn(upper), members::existsByCardNo));
        }
        parts.add(MemberSearch.status(status));
        if (sex != null && !sex.isBlank()) {
            if (!sex.equals("MALE") && !sex.equals("FEMALE")) {
                throw new InvalidInputException("sex", "性别只能是 MALE 或 FEMALE");
            }
            parts.add((r, query, cb) -> cb.equal(r.get("sex"), sex));
        }
        if (migrant != null) {
            parts.add((r, query, cb) -> cb.equal(r.get("migrantWorker"), migrant));
        }
        if (newForm != null) {
            parts.add((r, query, cb) -> newForm ? cb.isNotNull(r.get("newFormKind")) : cb.isNull(r.get("newFormKind")));
        }
        return Specification.allOf(parts);
    }

    /**
     * Whether a search may use hidden values in full: a full ID number or a phone number without
     * {@code member:reveal} is refused (it would confirm a guess); with it the search is audited.
     */
    private boolean mayRevealIn(String text) {
        var revealing = MemberSearch.revealing(text);
        boolean may = CurrentUsers.require().can("member:reveal");
        if (revealing == MemberSearch.Revealing.NONE) {
            return may;
        }
        if (!may && revealing != MemberSearch.Revealing.ID_NUMBER_DIGITS) {
            throw new InvalidInputException("q", "请输入身份证号或手机号的后4至6位；按完整号码查询需要“查看完整证件号”权限");
        }
        if (may) {
            audit.record(AuditAction.REVEAL, "Member", null, "按" + (revealing == MemberSearch.Revealing.PHONE ? "手机号" : "证件号")
                    + "查询会员：" + IdNumbers.mask(text), java.util.Map.of());
        }
        return may;
    }

    private MemberFields fields(MemberRequest r) {
        return new MemberFields(Texts.clean(r.name()), IdNumbers.normalize(r.idNumber()), Texts.blankToNull(r.ethnicity()),
                Texts.blankToNull(r.politicalStatus()), Texts.blankToNull(r.education()), Texts.blankToNull(r.hukouType()),
                Boolean.TRUE.equals(r.migrantWorker()), Texts.blankToNull(r.newFormKind()),
                Mobiles.normalize(Texts.blankToNull(r.phone())), Texts.blankToNull(Texts.normalize(r.cardNo())),
                r.joinedOn(), r.employerId());
    }

    MemberView view(Member m) {
        return views(List.of(m)).get(0);
    }

    /** A page of members, their employers' names read in one query. */
    private List<MemberView> views(List<Member> page) {
        Map<Long, String> employers = directory.employerNames(page.stream().map(m -> m.fields().employerId())
                .filter(java.util.Objects::nonNull).distinct().toList());
        return page.stream().map(m -> view(m, employers.get(m.fields().employerId()))).toList();
    }

    private MemberView view(Member m, String employerName) {
        MemberFields f = m.fields();
        return new MemberView(m.getId(), m.getUnionId(), orgTree.nameOf(m.getUnionId()).orElse(null), f.employerId(), employerName,
                f.name(), IdNumbers.mask(f.idNumber()), m.getSex(), mayKnowBirthDates() ? m.getBirthDate() : null,
                f.ethnicity(), f.politicalStatus(),
                f.education(), f.hukouType(), f.migrantWorker(), f.newFormKind(), Mobiles.mask(f.phone()), f.cardNo(),
                f.joinedOn(), m.getStatus().name(), m.getStatusSince(), m.getVersion());
    }

    /** The birth date is 8 of a masked ID number's 11 hidden digits: given only to those who may see them all. */
    private static boolean mayKnowBirthDates() {
        return CurrentUsers.current().map(u -> u.can("member:reveal")).orElse(false);
    }
}

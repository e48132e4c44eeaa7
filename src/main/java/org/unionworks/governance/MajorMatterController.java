package org.unionworks.governance;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.unionworks.governance.web.GovernanceViews;
import org.unionworks.governance.web.MatterRequest;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.access.Subtrees;
import org.unionworks.platform.data.ListFilter;
import org.unionworks.platform.excel.PagedIterator;
import org.unionworks.platform.excel.SpreadsheetExports;
import org.unionworks.platform.web.PageResponse;
import org.unionworks.platform.access.Scopes;
import org.unionworks.platform.error.ConflictException;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.Texts;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * 三重一大 register. A large sum above the configured amount without a recorded collective decision
 * (meeting, date and decision) is flagged.
 */
@RestController
class MajorMatterController {

    private static final List<String> TYPES = List.of("DECISION", "APPOINTMENT", "PROJECT", "LARGE_SUM");

    private final MajorMatterRepository matters;
    private final Scopes scopes;
    private final OrgTree orgTree;
    private final BigDecimal largeSum;
    private final SpreadsheetExports exports;
    private final Subtrees subtrees;

    MajorMatterController(MajorMatterRepository matters, Scopes scopes, OrgTree orgTree,
                          @Value("${unionworks.governance.large-sum:300000}") BigDecimal largeSum,
                          SpreadsheetExports exports, Subtrees subtrees) {
        this.subtrees = subtrees;
        this.exports = exports;
        this.matters = matters;
        this.scopes = scopes;
        this.orgTree = orgTree;
        this.largeSum = largeSum;
    }

    @GetMapping("/api/major-matters")
    @PreAuthorize("hasAuthority('governance:read')")
    @Transactional(readOnly = true)
    PageResponse<GovernanceViews.MajorDecision> list(@RequestParam(required = false) Long under,
                                                     @RequestParam(required = false) String type,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                     @RequestParam(required = false) String q,
                                                     @RequestParam(defaultValue = "false") boolean flaggedOnly,
                                                     @PageableDefault(sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(matters.findAll(filter(under, type, from, to, q, flaggedOnly), pageable).map(this::view));
    }

    @GetMapping("/api/major-matters/export")
    @PreAuthorize("hasAuthority('governance:export')")
    @Transactional(readOnly = true)
    void export(@RequestParam(required = false) Long under, @RequestParam(required = false) String type,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean flaggedOnly,
                HttpServletResponse response) throws IOException {
        Specification<MajorMatter> spec = filter(under, type, from, to, q, flaggedOnly);
        var rows = new PagedIterator<>(page -> matters.findAll(spec, PageRequest.of(page, 1000, Sort.by("id"))));
        exports.write(SpreadsheetExports.download(response, "三重一大事项.xlsx"), "MajorMatter",
                "三重一大", List.of("事项", "类型", "金额（元）", "会议", "日期", "参会人员", "决策结果", "表决情况", "预警", "工会"), rows, m -> {
                    GovernanceViews.MajorDecision v = view(m);
                    return Arrays.asList(m.getMatter(), m.getMatterType(), m.getAmount(), m.getMeeting(), m.getDecidedOn(),
                            m.getParticipants(), m.getDecision(), m.getVotes(), v.flagReason(), v.unionName());
                }, SpreadsheetExports.filters("under", under, "type", type, "from", from, "to", to, "q", q,
                        "flaggedOnly", flaggedOnly ? "true" : null));
    }

    /** The matters of a subtree (the caller's by default), of a type, decided in a period, naming {@code q}; 预警 only if asked. */
    private Specification<MajorMatter> filter(Long under, String type, LocalDate from, LocalDate to, String q, boolean flaggedOnly) {
        return ListFilter.of(subtrees.<MajorMatter>under(under == null ? CurrentUsers.require().unionId() : under))
                .equal("matterType", type).period("decidedOn", from, to).contains("matter", q)
                .where(flaggedOnly, MajorMatter.lackingCollectiveDecision(largeSum)).spec();
    }

    @PostMapping("/api/major-matters")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('governance:write')")
    @Transactional
    GovernanceViews.MajorDecision create(@Valid @RequestBody MatterRequest r) {
        if (r.unionId() == null) {
            throw new InvalidInputException("unionId", "请选择工会");
        }
        scopes.requireOpen(r.unionId());
        MajorMatter m = new MajorMatter(r.unionId());
        describe(m, r);
        return view(matters.saveAndFlush(m));
    }

    @PutMapping("/api/major-matters/{id}")
    @PreAuthorize("hasAuthority('governance:write')")
    @Transactional
    GovernanceViews.MajorDecision update(@PathVariable long id, @Valid @RequestBody MatterRequest r) {
        MajorMatter m = matters.findById(id).orElseThrow(() -> new NotFoundException("三重一大事项"));
        if (r.version() == null || m.getVersion() != r.version().longValue()) {
            throw new ConflictException("该事项已被他人修改，请刷新后重试");
        }
        describe(m, r);
        return view(matters.saveAndFlush(m));
    }

    private void describe(MajorMatter m, MatterRequest r) {
        if (!TYPES.contains(r.matterType())) {
            throw new InvalidInputException("matterType", "事项类型只能是重大决策、重要人事任免、重大项目安排或大额资金使用");
        }
        if (r.matterType().equals("LARGE_SUM") && r.amount() == null) {
            throw new InvalidInputException("amount", "大额资金使用须填写金额");
        }
        m.describe(Texts.clean(r.matter()), r.matterType(), r.amount(), Texts.blankToNull(r.meeting()), r.decidedOn(),
                Texts.blankToNull(r.participants()), Texts.blankToNull(r.decision()), Texts.blankToNull(r.votes()));
    }

    private GovernanceViews.MajorDecision view(MajorMatter m) {
        boolean flagged = m.lacksCollectiveDecision(largeSum);
        return new GovernanceViews.MajorDecision(m.getId(), m.getUnionId(), orgTree.nameOf(m.getUnionId()).orElse(null), m.getMatter(),
                m.getMatterType(), m.getAmount(), m.getMeeting(), m.getDecidedOn(), m.getParticipants(), m.getDecision(), m.getVotes(),
                flagged, flagged ? "大额资金（超过" + largeSum + "元）未记录集体决策" : null, m.getVersion());
    }
}

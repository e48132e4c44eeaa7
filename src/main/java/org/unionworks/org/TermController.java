package org.unionworks.org;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.org.web.ElectionRequest;
import org.unionworks.org.web.HeldRequest;
import org.unionworks.org.web.PostponementApproval;
import org.unionworks.org.web.PostponementRequest;
import org.unionworks.org.web.TermDue;
import org.unionworks.org.web.TermRequest;
import org.unionworks.org.web.TermView;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.error.InvalidInputException;
import org.unionworks.platform.error.NotFoundException;
import org.unionworks.platform.validation.Texts;

import jakarta.validation.Valid;

@RestController
class TermController {

    private final TermService service;
    private final TermRepository terms;
    private final ElectionRepository elections;
    private final UnionOrgRepository orgs;
    private final JdbcClient jdbc;

    TermController(TermService service, TermRepository terms, ElectionRepository elections, UnionOrgRepository orgs,
                   JdbcClient jdbc) {
        this.service = service;
        this.terms = terms;
        this.elections = elections;
        this.orgs = orgs;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/orgs/{id}/terms")
    @PreAuthorize("hasAuthority('org:read')")
    @Transactional(readOnly = true)
    List<TermView> list(@PathVariable long id) {
        orgs.findById(id).orElseThrow(() -> new NotFoundException("工会组织"));
        return terms.findByUnionIdOrderByTermNoDesc(id).stream().map(this::view).toList();
    }

    @PostMapping("/api/orgs/{id}/terms")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('org:write')")
    TermView open(@PathVariable long id, @Valid @RequestBody TermRequest body) {
        return view(service.open(id, data(body)));
    }

    @PutMapping("/api/terms/{id}")
    @PreAuthorize("hasAuthority('org:write')")
    TermView update(@PathVariable long id, @Valid @RequestBody TermRequest body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "缺少版本号");
        }
        return view(service.update(id, body.version(), data(body)));
    }

    @PostMapping("/api/terms/{id}/election")
    @PreAuthorize("hasAuthority('org:write')")
    TermView plan(@PathVariable long id, @Valid @RequestBody ElectionRequest body) {
        Election e = service.plan(id, body.plannedOn(), Texts.blankToNull(body.approvalNo()), body.approvedOn());
        return view(terms.findById(e.getTermId()).orElseThrow());
    }

    @PostMapping("/api/elections/{id}/held")
    @PreAuthorize("hasAuthority('org:write')")
    TermView held(@PathVariable long id, @Valid @RequestBody HeldRequest body) {
        Election e = service.holdDirectly(id, body.heldOn(), new TermService.TermData(body.heldOn(), body.lengthYears(),
                body.endsOn(), Texts.blankToNull(body.chairName()), Texts.blankToNull(body.committee())));
        return view(terms.findById(e.getNextTermId()).orElseThrow());
    }

    @PostMapping("/api/terms/{id}/postponement")
    @PreAuthorize("hasAuthority('org:write')")
    TermView askPostponement(@PathVariable long id, @Valid @RequestBody PostponementRequest body) {
        return view(service.askPostponement(id, body.version(), body.askedTo(), body.reason().strip()));
    }

    @PostMapping("/api/terms/{id}/postponement/approval")
    @PreAuthorize("hasAuthority('org:write')")
    TermView approvePostponement(@PathVariable long id, @Valid @RequestBody PostponementApproval body) {
        return view(service.approvePostponement(id, body.version(), body.approvalNo().strip(), body.approvedOn()));
    }

    @DeleteMapping("/api/terms/{id}/postponement")
    @PreAuthorize("hasAuthority('org:write')")
    TermView withdrawPostponement(@PathVariable long id, @RequestParam Long version) {
        return view(service.withdrawPostponement(id, version));
    }

    /** The term expiry dashboard for a subtree: expired and expiring within 90 days, by district. */
    @GetMapping("/api/terms/due")
    @PreAuthorize("hasAuthority('org:read')")
    @Transactional(readOnly = true)
    TermDue due(@RequestParam(required = false) Long under,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        UnionOrg root = orgs.findById(under == null ? CurrentUsers.require().unionId() : under)
                .orElseThrow(() -> new NotFoundException("工会组织"));
        LocalDate date = on == null ? LocalDate.now() : on;
        List<TermDue.DueUnion> items = jdbc.sql("""
                select u.id, u.name, d.name, t.term_no, coalesce(t.postponed_to, t.ends_on) deadline, el.planned_on
                  from union_term t join union_org u on u.id = t.union_id
                  left join union_org d on d.id = u.district_id
                  left join election el on el.term_id = t.id
                 where u.path like :p and u.status = 'ACTIVE' and t.status = 'CURRENT' and coalesce(t.postponed_to, t.ends_on) <= :soon
                 order by deadline, u.id""")
                .param("p", root.getPath() + "%").param("soon", date.plusDays(90))
                .query((rs, n) -> {
                    LocalDate ends = rs.getObject(5, LocalDate.class);
                    return new TermDue.DueUnion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), ends,
                            ChronoUnit.DAYS.between(date, ends), rs.getObject(6, LocalDate.class));
                }).list();
        Map<String, long[]> byDistrict = new LinkedHashMap<>();
        for (TermDue.DueUnion i : items) {
            String key = i.districtName() == null ? "市直" : i.districtName();
            long[] counts = byDistrict.computeIfAbsent(key, k -> new long[2]);
            counts[i.endsOn().isBefore(date) ? 0 : 1]++;
        }
        var districts = byDistrict.entrySet().stream().map(e -> new TermDue.District(e.getKey(),
                e.getValue()[0], e.getValue()[1])).toList();
        var expired = items.stream().filter(i -> i.endsOn().isBefore(date)).toList();
        var expiring = items.stream().filter(i -> !i.endsOn().isBefore(date)).toList();
        return new TermDue(date, expired.size(), expiring.size(), districts,
                expired.stream().limit(200).toList(), expiring.stream().limit(200).toList());
    }

    private TermService.TermData data(TermRequest r) {
        return new TermService.TermData(r.startsOn(), r.lengthYears(), r.endsOn(), Texts.blankToNull(r.chairName()),
                Texts.blankToNull(r.committee()));
    }

    private TermView view(Term t) {
        var e = elections.findByTermId(t.getId());
        return new TermView(t.getId(), t.getUnionId(), t.getTermNo(), t.getStartsOn(), t.getEndsOn(), t.getLengthYears(),
                t.getChairName(), t.getCommittee(), t.getStatus().name(), t.getVersion(), e.map(Election::getId).orElse(null),
                e.map(Election::getPlannedOn).orElse(null), e.map(Election::getApprovalNo).orElse(null),
                e.map(Election::getApprovedOn).orElse(null), e.map(Election::getHeldOn).orElse(null), t.deadline(),
                t.getPostponementAskedTo(), t.getPostponementReason(), t.getPostponedTo(), t.getPostponementNo(), t.getPostponementApprovedOn());
    }
}

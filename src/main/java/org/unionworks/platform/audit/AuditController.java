package org.unionworks.platform.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionworks.platform.access.OrgTree;
import org.unionworks.platform.web.PageResponse;

/** Searches the audit log of the caller's subtree. There is no endpoint that changes it. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    /** The federation's zone (FederationTimeZone): a day of the audit log is its day there. */
    private static final ZoneId ZONE = ZoneId.systemDefault();

    private final AuditLogRepository logs;
    private final OrgTree orgTree;

    AuditController(AuditLogRepository logs, OrgTree orgTree) {
        this.logs = logs;
        this.orgTree = orgTree;
    }

    record AuditEntry(Long id, OffsetDateTime occurredAt, Long userId, String username, Long unionId,
                      String unionName, String action, String entity, String entityId, String summary,
                      String changes, String clientIp) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('audit:read')")
    @Transactional(readOnly = true)
    PageResponse<AuditEntry> search(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String action,
            @PageableDefault(size = 20, sort = "occurredAt", direction = Sort.Direction.DESC) Pageable pageable) {
        Specification<AuditLog> spec = (root, q, cb) -> cb.conjunction();
        if (from != null) {
            spec = spec.and((r, q, cb) -> cb.greaterThanOrEqualTo(r.get("occurredAt"), from.atStartOfDay(ZONE).toOffsetDateTime()));
        }
        if (to != null) {
            spec = spec.and((r, q, cb) -> cb.lessThan(r.get("occurredAt"), to.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime()));
        }
        if (username != null && !username.isBlank()) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("username"), username.strip()));
        }
        if (entity != null && !entity.isBlank()) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("entity"), entity.strip()));
        }
        if (entityId != null && !entityId.isBlank()) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("entityId"), entityId.strip()));
        }
        if (action != null && !action.isBlank()) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("action"), action.strip()));
        }
        return PageResponse.of(logs.findAll(spec, pageable).map(a -> new AuditEntry(a.getId(), a.getOccurredAt(),
                a.getUserId(), a.getUsername(), a.getUnionId(),
                a.getUnionId() == null ? null : orgTree.nameOf(a.getUnionId()).orElse(null),
                a.getAction(), a.getEntity(), a.getEntityId(), a.getSummary(), a.getChanges(), a.getClientIp())));
    }
}

package org.unionworks.platform.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Searches the audit log of the caller's subtree. There is no endpoint that changes it. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    /** The federation's zone (FederationTimeZone): a day of the audit log is its day there. */
    private static final ZoneId ZONE = ZoneId.systemDefault();

    private final AuditLogRepository logs;
    private final OrgTree orgTree;

    private final AuditVocabulary vocabulary;
    private final JsonMapper json;

    AuditController(AuditLogRepository logs, OrgTree orgTree, AuditVocabulary vocabulary, JsonMapper json) {
        this.logs = logs;
        this.orgTree = orgTree;
        this.vocabulary = vocabulary;
        this.json = json;
    }

    /**
     * One entry: {@code changes} as recorded (JSON), and as a cadre reads it: the object and each changed
     * field by their Chinese names, coded values by their labels ({@code changeItems}; {@code before} is
     * null for a value recorded on creation or deletion).
     */
    record AuditEntry(Long id, OffsetDateTime occurredAt, Long userId, String username, Long unionId,
                      String unionName, String action, String entity, String entityLabel, String entityId, String summary,
                      String changes, List<Change> changeItems, String clientIp) {
    }

    record Change(String field, String label, String before, String after) {
    }

    record EntityName(String code, String label) {
    }

    /** The objects the log names, for its filter. */
    @GetMapping("/entities")
    @PreAuthorize("hasAuthority('audit:read')")
    List<EntityName> entities() {
        return vocabulary.entities().entrySet().stream().map(e -> new EntityName(e.getKey(), e.getValue())).toList();
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
                a.getAction(), a.getEntity(), a.getEntity() == null ? null : vocabulary.entity(a.getEntity()).orElse(a.getEntity()),
                a.getEntityId(), a.getSummary(), a.getChanges(), changes(a.getEntity(), a.getChanges()), clientIp(a.getClientIp()))));
    }

    /** {"name":["旧","新"],"kind":"WARMTH"} as named changes; text that is not such an object as one change. */
    private List<Change> changes(String entity, String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return List.of();
        }
        List<Change> out = new ArrayList<>();
        try {
            json.readTree(recorded).properties().forEach(e -> {
                String field = e.getKey();
                String label = vocabulary.field(entity, field).orElse(field);
                JsonNode v = e.getValue();
                if (v.isArray() && v.size() == 2) {
                    out.add(new Change(field, label, vocabulary.value(entity, field, text(v.get(0))),
                            vocabulary.value(entity, field, text(v.get(1)))));
                } else {
                    out.add(new Change(field, label, null, vocabulary.value(entity, field, text(v))));
                }
            });
        } catch (RuntimeException e) {
            out.add(new Change("", "内容", null, recorded));
        }
        return out;
    }

    private static Object text(JsonNode v) {
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString();
    }

    private static String clientIp(String ip) {
        return "0:0:0:0:0:0:0:1".equals(ip) || "::1".equals(ip) || "127.0.0.1".equals(ip) ? "本机" : ip;
    }
}

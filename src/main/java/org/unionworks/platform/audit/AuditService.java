package org.unionworks.platform.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.unionworks.platform.access.CurrentUser;
import org.unionworks.platform.access.CurrentUsers;
import org.unionworks.platform.access.OrgTree;

import tools.jackson.databind.json.JsonMapper;

/** Appends entries to the audit log, in the caller's transaction when there is one. */
@Service
public class AuditService {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final OrgTree orgTree;
    private final TransactionTemplate ownTransaction;

    AuditService(JdbcClient jdbc, JsonMapper json, OrgTree orgTree, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.orgTree = orgTree;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private static final ThreadLocal<String> REASON = new ThreadLocal<>();

    /**
     * Runs a correction or withdrawal so that every audit entry it writes (the entity's before and after
     * included) carries the user's reason as its summary.
     */
    public static <T> T because(String reason, java.util.function.Supplier<T> change) {
        String outer = REASON.get();
        REASON.set(reason);
        try {
            return change.get();
        } finally {
            REASON.set(outer);
        }
    }

    /** Records an action of the signed-in user (or of the system when nobody is signed in). */
    public void record(AuditAction action, String entity, Object entityId, String summary, Map<String, ?> changes) {
        if (summary == null) {
            summary = REASON.get();
        }
        CurrentUser user = CurrentUsers.current().orElse(null);
        if (user == null) {
            recordFor(null, null, orgTree.rootId(), action, entity, entityId, summary, changes);
        } else {
            recordFor(user.id(), user.username(), user.unionId(), action, entity, entityId, summary, changes);
        }
    }

    /**
     * Records an action of the signed-in user in a transaction of its own, so that it stays even when
     * the request's transaction is rolled back (a refused attempt is worth keeping).
     */
    public void recordIndependently(AuditAction action, String entity, Object entityId, String summary) {
        ownTransaction.executeWithoutResult(tx -> record(action, entity, entityId, summary, Map.of()));
    }

    /** Records an action on behalf of a named account, e.g. a login attempt before anyone is signed in. */
    public void recordFor(Long userId, String username, Long unionId, AuditAction action, String entity,
                          Object entityId, String summary, Map<String, ?> changes) {
        // Reads (exports, reveals) run in read-only transactions but must still leave their trace.
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            ownTransaction.executeWithoutResult(tx -> insert(userId, username, unionId, action, entity, entityId, summary, changes));
        } else {
            insert(userId, username, unionId, action, entity, entityId, summary, changes);
        }
    }

    /**
     * Request attribute holding the {@link Trace}s of what the request audited, set once anything of it
     * was (read by {@link WriteAudit}, and by the tests' audit witness).
     */
    public static final String AUDITED = AuditService.class.getName() + ".audited";

    /** One audit row a request wrote: who, the record and whether it names the changed fields. */
    public record Trace(String username, String entity, String entityId, boolean changes) {
        /** Says who did what to which record: a user (or the system), an entity, and its id or its changes. */
        public boolean complete() {
            return entity != null && (entityId != null || changes);
        }
    }

    private void insert(Long userId, String username, Long unionId, AuditAction action, String entity,
                        Object entityId, String summary, Map<String, ?> changes) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            trace(attrs.getRequest(), new Trace(username, entity, entityId == null ? null : entityId.toString(),
                    changes != null && !changes.isEmpty()));
        }
        jdbc.sql("""
                insert into audit_log (occurred_at, user_id, username, union_id, action, entity, entity_id,
                                       summary, changes, client_ip)
                values (:at, :userId, :username, :unionId, :action, :entity, :entityId, :summary, :changes, :ip)""")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("userId", userId)
                .param("username", truncate(username, 40))
                .param("unionId", unionId == null ? orgTree.rootId() : unionId)
                .param("action", action.name())
                .param("entity", entity)
                .param("entityId", entityId == null ? null : truncate(entityId.toString(), 40))
                .param("summary", truncate(summary, 500))
                .param("changes", changes == null || changes.isEmpty() ? null : json.writeValueAsString(changes))
                .param("ip", clientIp())
                .update();
    }

    @SuppressWarnings("unchecked")
    private static void trace(jakarta.servlet.http.HttpServletRequest request, Trace trace) {
        Object traces = request.getAttribute(AUDITED);
        if (traces == null) {
            traces = new java.util.concurrent.CopyOnWriteArrayList<Trace>();
            request.setAttribute(AUDITED, traces);
        }
        ((List<Trace>) traces).add(trace);
    }

    static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            return attrs.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

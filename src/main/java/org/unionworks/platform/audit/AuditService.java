package org.unionworks.platform.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /** Records an action of the signed-in user (or of the system when nobody is signed in). */
    public void record(AuditAction action, String entity, Object entityId, String summary, Map<String, ?> changes) {
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

    /** Request attribute set once anything of the request was audited (read by {@link WriteAudit}). */
    public static final String AUDITED = AuditService.class.getName() + ".audited";

    private void insert(Long userId, String username, Long unionId, AuditAction action, String entity,
                        Object entityId, String summary, Map<String, ?> changes) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            attrs.getRequest().setAttribute(AUDITED, Boolean.TRUE);
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

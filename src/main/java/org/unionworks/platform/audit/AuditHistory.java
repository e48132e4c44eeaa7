package org.unionworks.platform.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What happened to records after a moment, read from the audit log: how a figure frozen then came to differ now. */
@Component
public class AuditHistory {

    /** One audited change of a record: when, by whom, what kind, and the Chinese names of the fields it changed. */
    public record Change(String entityId, OffsetDateTime at, String username, AuditAction action, String summary, List<String> fields) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditVocabulary vocabulary;

    AuditHistory(JdbcClient jdbc, JsonMapper json, AuditVocabulary vocabulary) {
        this.jdbc = jdbc;
        this.json = json;
        this.vocabulary = vocabulary;
    }

    /** The audited changes of these records of {@code entity} after {@code after}, oldest first (ids a thousand at a time). */
    public List<Change> since(String entity, Collection<Long> ids, OffsetDateTime after) {
        List<String> keys = ids.stream().map(String::valueOf).toList();
        List<Change> changes = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += 1000) {
            changes.addAll(jdbc.sql("""
                            select entity_id, occurred_at, username, action, summary, changes from audit_log
                             where entity = :entity and entity_id in (:ids) and occurred_at > :after order by occurred_at, id""")
                    .param("entity", entity).param("ids", keys.subList(from, Math.min(keys.size(), from + 1000))).param("after", after)
                    .query((rs, n) -> new Change(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                            AuditAction.valueOf(rs.getString(4)), rs.getString(5), fields(entity, rs.getString(6)))).list());
        }
        return changes;
    }

    private List<String> fields(String entity, String changes) {
        List<String> fields = new ArrayList<>();
        if (changes != null && changes.startsWith("{")) {
            JsonNode node = json.readTree(changes);
            node.propertyNames().forEach(f -> fields.add(vocabulary.field(entity, f).orElse(f)));
        }
        return fields;
    }
}

package org.unionworks.platform.data;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unionworks.platform.access.UnionClosed;

/**
 * Hands a closed union's rows to its successor, inside the closing transaction. Each module declares
 * the columns of its tables that name a union as an {@link OwnedBy} bean; this one listener moves them.
 */
@Component
public class Handover {

    /** A module's columns that name the union owning the row, as {@code table.column}. */
    public record OwnedBy(List<String> columns) {
        public OwnedBy(String... columns) {
            this(List.of(columns));
        }
    }

    private final JdbcClient jdbc;
    private final List<OwnedBy> owned;

    Handover(JdbcClient jdbc, List<OwnedBy> owned) {
        this.jdbc = jdbc;
        this.owned = owned;
    }

    @EventListener
    @org.springframework.core.annotation.Order(100)
    void onUnionClosed(UnionClosed closed) {
        for (OwnedBy module : owned) {
            for (String tableColumn : module.columns()) {
                String table = tableColumn.substring(0, tableColumn.indexOf('.'));
                String column = tableColumn.substring(tableColumn.indexOf('.') + 1);
                jdbc.sql("update " + table + " set " + column + " = :successor where " + column + " = :closed")
                        .param("successor", closed.successorId()).param("closed", closed.unionId()).update();
            }
        }
    }
}

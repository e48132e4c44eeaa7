package org.unionworks.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The SQL that Hibernate sends, for tests about a statement's shape (the test profile installs it):
 * {@link #during} records what the current thread sends while it runs and nothing else.
 */
public class StatementLog implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    public record Recorded<T>(T result, List<String> statements) {
    }

    public static <T> Recorded<T> during(Supplier<T> work) {
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            return new Recorded<>(work.get(), statements);
        } finally {
            RECORDING.remove();
        }
    }

    @Override
    public String inspect(String sql) {
        List<String> statements = RECORDING.get();
        if (statements != null) {
            statements.add(sql);
        }
        return sql;
    }
}

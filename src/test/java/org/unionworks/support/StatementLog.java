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
    private static volatile List<String> everywhere;

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

    /** What every thread sends while {@code work} runs: the statements of the HTTP requests it makes. */
    public static <T> Recorded<T> anywhere(Supplier<T> work) {
        List<String> statements = java.util.Collections.synchronizedList(new ArrayList<>());
        everywhere = statements;
        try {
            T result = work.get();
            return new Recorded<>(result, List.copyOf(statements));
        } finally {
            everywhere = null;
        }
    }

    @Override
    public String inspect(String sql) {
        List<String> statements = RECORDING.get();
        if (statements != null) {
            statements.add(sql);
        }
        List<String> all = everywhere;
        if (all != null) {
            all.add(sql);
        }
        return sql;
    }
}

package org.unionworks.platform.error;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * What a violated database constraint tells the user. A constraint a module named answers its own message; any other
 * unique key lost to a race is a conflict. Every other violation (a check, a foreign key) means the code let bad data
 * through: that is a system error, logged by constraint name and SQL state only (the database's own text carries the
 * offending values, ID numbers among them).
 */
class IntegrityProblems {

    private static final Logger log = LoggerFactory.getLogger(IntegrityProblems.class);
    private static final String UNIQUE_VIOLATION = "23505";
    /** H2 names the constraint first inside quotes ("ck_x: …" or "public.uq_x_index_a on …"); the values come later. */
    private static final Pattern H2_CONSTRAINT = Pattern.compile("\"([A-Za-z0-9_.]+)");

    private final Map<String, String> messages;

    IntegrityProblems(List<ConstraintMessages> contributions) {
        Map<String, String> all = new HashMap<>();
        contributions.forEach(c -> c.byConstraintName().forEach((name, message) -> all.put(name.toLowerCase(Locale.ROOT), message)));
        this.messages = Map.copyOf(all);
    }

    /** The conflict to answer, or null for a system error (logged here). */
    ProblemDetail conflict(DataIntegrityViolationException e) {
        String text = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        for (var entry : messages.entrySet()) {
            if (text.contains(entry.getKey())) {
                return ProblemHandler.problem(HttpStatus.CONFLICT, "conflict", "操作冲突", entry.getValue());
            }
        }
        String state = sqlState(e);
        if (UNIQUE_VIOLATION.equals(state)) {
            return ProblemHandler.problem(HttpStatus.CONFLICT, "conflict", "操作冲突", "数据与已有记录冲突，未保存");
        }
        log.error("unexpected constraint violation: constraint {}, SQL state {}", constraintName(e), state);
        return null;
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String constraintName(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c && c.getConstraintName() != null) {
                return c.getConstraintName();
            }
        }
        var quoted = H2_CONSTRAINT.matcher(String.valueOf(NestedExceptionUtils.getMostSpecificCause(e).getMessage()));
        return quoted.find() ? quoted.group(1) : "unknown";
    }
}

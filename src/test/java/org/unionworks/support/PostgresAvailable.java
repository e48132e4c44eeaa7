package org.unionworks.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decided before any Spring context starts: in the PostgreSQL execution, an unreachable database
 * disables the suite on a developer machine and fails it in CI.
 */
public class PostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.postgres()) {
            return ConditionEvaluationResult.enabled("runs on H2");
        }
        String problem = TestDatabase.reach();
        if (problem == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + TestDatabase.URL);
        }
        if (TestDatabase.ci()) {
            throw new IllegalStateException("CI=true but PostgreSQL is unreachable at " + TestDatabase.URL + ": " + problem);
        }
        return ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + TestDatabase.URL + " (" + problem + ")");
    }
}

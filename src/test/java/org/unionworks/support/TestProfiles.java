package org.unionworks.support;

import org.springframework.test.context.ActiveProfilesResolver;

/** The "test" profile, plus the application's "citus" profile when the suite runs on a Citus coordinator. */
public final class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return TestDatabase.citus() ? new String[] {"test", "citus"} : new String[] {"test"};
    }
}

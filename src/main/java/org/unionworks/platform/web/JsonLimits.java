package org.unionworks.platform.web;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.core.StreamReadConstraints;

/**
 * Jackson's limits for what it reads, tighter than its defaults: no text field of the system comes
 * near 500,000 characters, numbers longer than 100 digits are refused before they are parsed, and
 * nesting stops at 100. Set as Jackson's defaults before the application builds its mapper
 * (registered in META-INF/spring.factories, so it runs first in the application and in tests).
 */
public class JsonLimits implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        StreamReadConstraints.overrideDefaultStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(500_000)
                .maxNumberLength(100)
                .maxNestingDepth(100)
                .build());
    }
}

package org.unionworks.platform.web;

import java.util.TimeZone;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Days are the federation's days: "today", a date's figures, the 06:00 reminder run and every date
 * derived from a stored instant are reckoned in its time zone (UNIONWORKS_TIMEZONE, Asia/Shanghai by
 * default), whatever zone the server runs in (UTC on most). Instants stay stored in UTC and JSON shows
 * them with the federation's offset (spring.jackson.time-zone). Registered in META-INF/spring.factories,
 * so it holds before anything asks for the date, in the application and in the tests.
 */
public class FederationTimeZone implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String zone = context.getEnvironment().getProperty("unionworks.time-zone", "Asia/Shanghai");
        TimeZone.setDefault(TimeZone.getTimeZone(java.time.ZoneId.of(zone)));
    }
}

package org.unionworks.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.unionworks.support.ApiTestBase;
import org.unionworks.support.Http;

/**
 * Times are shown, and days reckoned, in the federation's zone (Asia/Shanghai by default), not the
 * server's UTC: a login at 19:17 Beijing time reads 19:17, and "today" turns at Beijing midnight.
 */
class TimeZoneApiTest extends ApiTestBase {

    @Test
    void instantsCarryTheFederationsOffsetAndTodayIsItsToday() {
        Http admin = admin();
        String lastLogin = admin.get("/api/users?q=admin").json().get("items").get(0).get("lastLoginAt").asString();
        assertThat(lastLogin).as(lastLogin).endsWith("+08:00");
        OffsetDateTime shown = OffsetDateTime.parse(lastLogin);
        assertThat(shown.toLocalDate()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }
}

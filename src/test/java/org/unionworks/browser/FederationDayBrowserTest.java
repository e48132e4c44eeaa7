package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * At 01:30 in Shanghai the page's "today" is already Shanghai's new day, although UTC (and a browser
 * set to UTC) still says yesterday: pages reckon days in the federation's time zone.
 */
class FederationDayBrowserTest extends BrowserTestBase {

    @Test
    void theHomePageCountsOnTheFederationsDayNotUtcs() {
        admin();
        Page page = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setLocale("zh-CN").setTimezoneId("UTC")).newPage();
        page.setDefaultTimeout(15_000);
        page.clock().setFixedTime("2026-06-30T17:30:00Z");
        String base = "http://localhost:" + port;
        signIn(page, "admin", ADMIN_PASSWORD);
        assertThat(page.locator("text=统计日 2026-07-01")).isVisible();
        assertThat(page.locator("text=期间 2026-01-01 至 2026-07-01")).isVisible();
        page.context().close();
    }

    /** An audit row's time is the federation's wall-clock time, not the browser's (UTC here). */
    @Test
    void theAuditLogShowsTheFederationsTime() {
        var admin = admin();
        String user = unique("tzuser");
        userWithPassword(admin, 1, "CITY_ADMIN", user);
        String occurredAt = admin.get("/api/audit?username=" + user).json().get("items").get(0).get("occurredAt").asString();
        String expected = java.time.OffsetDateTime.parse(occurredAt).atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        Page page = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setLocale("zh-CN").setTimezoneId("UTC")).newPage();
        page.setDefaultTimeout(15_000);
        signIn(page, "admin", ADMIN_PASSWORD);
        page.navigate("http://localhost:" + port + "/audit");
        page.locator("input[placeholder='用户名']").fill(user);
        page.click("button:has-text('查询')");
        assertThat(page.locator(".el-table__row").first()).containsText(expected);
        page.context().close();
    }
}

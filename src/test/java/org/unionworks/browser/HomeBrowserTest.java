package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;

import com.microsoft.playwright.Page;

/** A district cadre's home page: figures in their units, 待办 that opens the filtered list, empty charts said so. */
class HomeBrowserTest extends BrowserTestBase {

    @Test
    void theTodoOpensTheListOfExactlyThoseThingsAndEmptyChartsSaySo() {
        var admin = admin();
        long district = district(admin, unique("首页区"));
        String overdue = unique("逾期换届工会");
        long union = createOrg(admin, district, overdue, "GRASSROOTS", "ENTERPRISE");
        admin.post("/api/orgs/" + union + "/terms", Map.of("startsOn", LocalDate.now().minusYears(4).toString(),
                "lengthYears", 3, "chairName", "张三"));
        admin.post("/api/reminders/refresh", Map.of());
        String cadre = unique("home");
        String password = userWithPassword(admin, district, "DISTRICT_ADMIN", cadre);

        Page page = signedIn(cadre, password);
        assertThat(page.locator(".figure:has-text('帮扶资金') .figure-value")).hasText("0.00万元");
        assertThat(page.locator(".figure:has-text('基层工会数') .figure-value").first()).hasText("1家");
        assertThat(page.locator("[data-test=chart-empty]").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/home-district.png")).setFullPage(true));

        page.locator("[data-test=todo] a:has-text('任期已满未换届')").click();
        assertThat(page).hasURL(Pattern.compile("/terms\\?tab=expired$"));
        assertThat(page.locator(".el-tabs__item.is-active")).containsText("已届满");
        assertThat(page.locator(".el-tab-pane:visible .el-table__row:has-text('" + overdue + "')")).isVisible();
        page.context().close();
    }
}

package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;
import org.unionworks.support.Http;

import com.microsoft.playwright.Page;

/** An area federation's cadre runs a census in the browser until every union has returned. */
class CensusBrowserTest extends BrowserTestBase {

    @Test
    void aCensusIsLaunchedFilledInAndReaches100Percent() {
        Http admin = admin();
        String areaName = unique("滨海片区总工会");
        long area = createOrg(admin, 1, areaName, "AREA_FEDERATION", null);
        long east = createOrg(admin, area, unique("东街道"), "TOWN_FEDERATION", null);
        long west = createOrg(admin, area, unique("西街道"), "TOWN_FEDERATION", null);
        List<String> unions = List.of(unique("甲公司工会"), unique("乙公司工会"), unique("丙公司工会"));
        long first = createOrg(admin, east, unions.get(0), "GRASSROOTS", "ENTERPRISE");
        admin.post("/api/orgs/" + first + "/terms", Map.of("startsOn",
                java.time.LocalDate.now().minusYears(5).plusDays(20).toString(), "lengthYears", 5));
        admin.post("/api/reminders/refresh", Map.of());
        createOrg(admin, east, unions.get(1), "GRASSROOTS", "ENTERPRISE");
        createOrg(admin, west, unions.get(2), "GRASSROOTS", "ENTERPRISE");
        String username = unique("area");
        var created = admin.post("/api/users", Map.of("username", username, "displayName", "李部长",
                "unionId", area, "roleIds", List.of(roleId(admin, "DISTRICT_ADMIN"))));
        Http user = new Http(port);
        user.login(username, created.json().get("initialPassword").asString());
        user.post("/api/auth/password", Map.of("oldPassword", created.json().get("initialPassword").asString(),
                "newPassword", "Area-Pass-2026"));

        Page page = browser().newPage(new com.microsoft.playwright.Browser.NewPageOptions()
                .setViewportSize(1280, 800).setLocale("zh-CN"));
        page.setDefaultTimeout(15_000);
        String base = "http://localhost:" + port;
        page.navigate(base + "/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", "Area-Pass-2026");
        page.click("button:has-text('登录')");
        assertThat(page.locator("text=欢迎").or(page.locator("[data-test=figures]")).first()).isVisible();

        page.navigate(base + "/census");
        page.click("button:has-text('发起摸底排查')");
        var dialog = page.locator(".el-dialog:visible");
        String name = unique(java.time.LocalDate.now().getYear() + "年基层工会摸底排查");
        dialog.locator(".el-form-item:has-text('名称') input").fill(name);
        dialog.locator("input[placeholder=截止日期]").fill(java.time.LocalDate.now().plusDays(30).toString());
        dialog.locator("input[placeholder=截止日期]").press("Enter");
        dialog.locator("button:has-text('发起')").click();
        assertThat(page.locator("h3:has-text('" + name + "')")).isVisible();
        assertThat(page.locator("[data-test=progress] .el-table__row")).hasCount(2);

        for (String union : unions) {
            page.locator(".el-table__row:has-text('" + union + "') button:has-text('填报')").click();
            var form = page.locator(".el-dialog:visible");
            form.locator(".el-form-item:has-text('会员人数') input").fill("40");
            form.locator(".el-form-item:has-text('职工人数') input").fill("50");
            form.locator(".el-form-item:has-text('发现的问题') textarea").fill("职代会未按期召开");
            form.locator("button:has-text('提交')").click();
            assertThat(page.locator(".el-message:has-text('已提交')").first()).isVisible();
            assertThat(page.locator(".el-dialog:visible")).hasCount(0);
        }
        assertThat(page.locator(".el-statistic:has-text('已填报') .el-statistic__content")).hasText("3");
        assertThat(page.locator("[data-test=progress] .el-progress__text").first()).hasText("100%");
        page.locator(".el-radio-button:has-text('全部')").click();
        for (String union : unions) {
            assertThat(page.locator(".el-table__row:has-text('" + union + "')")).isVisible();
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/census.png")).setFullPage(true));
        page.locator(".el-radio-button:has-text('未填报')").click();
        assertThat(page.locator(".el-radio-button.is-active")).hasText("未填报");
        assertThat(page.locator("text=共 0 条")).isVisible();

        page.navigate(base + "/");
        assertThat(page.locator("[data-test=figures]")).isVisible();
        assertThat(page.locator(".figure:has-text('基层工会数') .figure-value").first()).hasText("3家");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/home.png")).setFullPage(true));
        page.locator("[data-test=todo] a:has-text('90天内届满')").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/terms\\?tab=expiring$"));
        assertThat(page.locator(".el-tabs__item.is-active")).containsText("90天内届满");
        assertThat(page.locator(".el-tab-pane:visible .el-table__row:has-text('" + unions.get(0) + "')")).isVisible();

        page.navigate(base + "/employers");
        page.click("button:has-text('登记单位')");
        var employer = page.locator(".el-dialog:visible");
        employer.locator(".el-form-item:has-text('单位名称') input").fill("滨海精密制造有限公司");
        employer.locator(".el-form-item:has-text('统一社会信用代码') input").fill("123");
        employer.locator("button:has-text('保存')").click();
        assertThat(employer.locator(".el-form-item__error").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/employer-form.png")));
        employer.locator("button:has-text('取消')").click();

        page.navigate(base + "/terms");
        assertThat(page.locator(".el-statistic:has-text('任期已满未换届')")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/terms.png")));

        var campaigns = user.get("/api/census").json().get("items");
        var mine = campaigns.valueStream().filter(c -> c.get("name").asString().equals(name)).findFirst().orElseThrow();
        assertThat(mine.get("returned").asLong()).isEqualTo(3);
        assertThat(mine.get("targets").asLong()).isEqualTo(3);
        page.close();
    }
}

package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;
import org.unionworks.support.Http;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/** Where a cadre is (breadcrumb, one heading, the tab's title) and what a page they may not open says. */
class NavigationBrowserTest extends BrowserTestBase {

    @Test
    void pagesSayWhereTheyAreAndAForbiddenPageSaysWhy() {
        Http admin = admin();
        long district = district(admin, unique("导航区"));
        String username = unique("nav");
        var created = admin.post("/api/users", Map.of("username", username, "displayName", "导航干事", "unionId", district,
                "roleIds", List.of(roleId(admin, "GRASSROOTS_ADMIN"))));
        String initial = created.json().get("initialPassword").asString();
        Http http = new Http(port);
        http.login(username, initial);
        http.post("/api/auth/password", Map.of("oldPassword", initial, "newPassword", "Nav-Pass-2026"));

        Page page = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("zh-CN")).newPage();
        page.setDefaultTimeout(15_000);
        signIn(page, username, "Nav-Pass-2026");
        page.navigate("http://localhost:" + port + "/hardship-files");
        assertThat(page.locator("[data-test=breadcrumb]")).containsText("困难职工帮扶");
        assertThat(page.locator("h1")).hasText("困难职工档案");
        assertThat(page).hasTitle("困难职工档案 - 工会业务平台");

        page.navigate("http://localhost:" + port + "/audit");
        assertThat(page.locator(".el-result")).containsText("无权访问此页面");
        assertThat(page.locator(".el-result")).containsText("审计日志");
        assertThat(page.locator(".el-message--error")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/no-access.png")));
        page.click("button:has-text('返回首页')");
        assertThat(page.locator("h1")).hasText("首页");
    }
}

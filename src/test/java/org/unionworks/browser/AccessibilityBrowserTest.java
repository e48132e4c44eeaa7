package org.unionworks.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;
import org.unionworks.support.Http;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * Every page of the menu and the public pages pass axe-core's WCAG 2 A/AA rules with no serious or critical
 * violation (#18 item 13), and a screenshot of each is written to target/screenshots/pages/.
 */
class AccessibilityBrowserTest extends BrowserTestBase {

    private static final Path AXE = Path.of("web/node_modules/axe-core/axe.min.js");

    static final List<String> PAGES = List.of("/", "/orgs", "/employers", "/terms", "/census", "/members", "/transfers",
            "/join-applications", "/hardship-files", "/aid-records", "/rights", "/governance", "/activities", "/contests",
            "/studios", "/innovations", "/reports", "/honorees", "/honor-campaigns", "/users", "/roles", "/dicts",
            "/data-quality", "/audit", "/password");

    static final List<String> PUBLIC_PAGES = List.of("/login", "/public/honors", "/public/notices", "/public/join");

    @Test
    void everyPageHasNoSeriousAccessibilityViolation() throws IOException {
        assertThat(AXE).as("axe-core is installed with the web build (npm ci)").exists();
        String axe = Files.readString(AXE);
        Http admin = admin();
        String username = unique("a11y");
        var created = admin.post("/api/users", Map.of("username", username, "displayName", "无障碍检查", "unionId", 1,
                "roleIds", List.of(roleId(admin, "SYS_ADMIN"))));
        String initial = created.json().get("initialPassword").asString();
        Http http = new Http(port);
        http.login(username, initial);
        http.post("/api/auth/password", Map.of("oldPassword", initial, "newPassword", "A11y-Pass-2026"));

        // the page's Content-Security-Policy forbids inline scripts; the test's own (axe) is let in
        Page page = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("zh-CN")
                .setBypassCSP(true)).newPage();
        page.setDefaultTimeout(15_000);
        List<String> violations = new ArrayList<>();
        for (String path : PUBLIC_PAGES) {
            violations.addAll(check(page, axe, path));
        }
        signIn(page, username, "A11y-Pass-2026");
        for (String path : PAGES) {
            violations.addAll(check(page, axe, path));
        }
        assertThat(violations).as("serious or critical WCAG 2 A/AA violations").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> check(Page page, String axe, String path) {
        page.navigate("http://localhost:" + port + path);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/pages" + (path.equals("/") ? "/home" : path) + ".png")));
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
                async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: String(v.nodes[0].target), html: v.nodes[0].html.slice(0, 120) }))""");
        return found.stream().map(v -> path + " " + v.get("id") + " (" + v.get("impact") + ", " + v.get("nodes") + "): " + v.get("target")
                + " " + v.get("html")).toList();
    }
}

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
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Every page of the menu and the public pages pass axe-core's WCAG 2 A/AA rules with no serious or critical
 * violation (#18 item 13) and cut off no row's actions and no column's header, nor does each module's main form opened in its dialog; a screenshot of each is written
 * to target/screenshots/pages/ (the forms under dialogs/).
 */
class AccessibilityBrowserTest extends BrowserTestBase {

    private static final Path AXE = Path.of("web/node_modules/axe-core/axe.min.js");

    static final List<String> PAGES = List.of("/", "/orgs", "/employers", "/terms", "/census", "/members", "/transfers",
            "/join-applications", "/hardship-files", "/aid-records", "/rights", "/governance", "/activities", "/contests",
            "/studios", "/innovations", "/reports", "/honorees", "/honor-campaigns", "/users", "/roles", "/dicts",
            "/data-quality", "/audit", "/password", "/programmes", "/insurance", "/service-places", "/collective-contracts",
            "/workers-congresses", "/elections", "/womens-work", "/members-congresses", "/funds-remittances", "/fund-returns",
            "/funds-audits", "/annual-returns");

    /** The page, the button that opens each module's main form (and the tab it is on), checked open (the dialog only). */
    static final List<List<String>> DIALOGS = List.of(List.of("/orgs", "新建下级工会"), List.of("/employers", "登记单位"),
            List.of("/members", "登记会员"), List.of("/hardship-files", "建档"), List.of("/aid-records", "登记临时救助", "临时救助"),
            List.of("/rights", "登记案件"), List.of("/governance", "登记问题"), List.of("/activities", "登记活动"),
            List.of("/contests", "新建竞赛"), List.of("/studios", "命名工作室"), List.of("/innovations", "登记成果"),
            List.of("/honorees", "登记劳模/先进集体"), List.of("/honor-campaigns", "新建评选"), List.of("/census", "发起摸底排查"),
            List.of("/users", "新建用户"), List.of("/roles", "新建角色"), List.of("/programmes", "新建项目"),
            List.of("/insurance", "登记参保"), List.of("/service-places", "登记阵地"), List.of("/collective-contracts", "登记要约"),
            List.of("/workers-congresses", "登记职代会制度"), List.of("/elections", "按程序办理换届选举"),
            List.of("/womens-work", "登记女职工委员会"), List.of("/members-congresses", "登记会员代表大会"),
            List.of("/funds-remittances", "登记"), List.of("/fund-returns", "登记拨付", "拨付补助"), List.of("/funds-audits", "列入审查计划"));

    static final List<String> PUBLIC_PAGES = List.of("/login", "/public/honors", "/public/notices", "/public/join", "/public/stations");

    @Test
    void everyPageHasNoSeriousAccessibilityViolation() throws IOException {
        assertThat(AXE).as("axe-core is installed with the web build (npm ci)").exists();
        String axe = Files.readString(AXE);
        Http admin = admin();
        String username = unique("a11y");
        // with a phone: the user list then shows its widest row (修改, 重置密码, 查看手机号)
        var created = admin.post("/api/users", Map.of("username", username, "displayName", "无障碍检查", "unionId", 1,
                "phone", "13912345679", "roleIds", List.of(roleId(admin, "SYS_ADMIN"))));
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
        for (List<String> dialog : DIALOGS) {
            violations.addAll(checkDialog(page, axe, dialog.get(0), dialog.get(1), dialog.size() > 2 ? dialog.get(2) : null));
        }
        assertThat(violations).as("serious or critical WCAG 2 A/AA violations").isEmpty();
    }

    /** An address typed or bookmarked wrong: status 404, and the application says the page does not exist. */
    @Test
    void anUnknownAddressSaysThePageDoesNotExist() {
        admin();
        Page page = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("zh-CN")).newPage();
        page.setDefaultTimeout(15_000);
        signIn(page, "admin", ADMIN_PASSWORD);
        var response = page.navigate("http://localhost:" + port + "/orgs/no-such-page");
        assertThat(response.status()).isEqualTo(404);
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("页面不存在");
        PlaywrightAssertions.assertThat(page.locator(".el-result")).containsText("/orgs/no-such-page");
        page.click("button:has-text('返回首页')");
        PlaywrightAssertions.assertThat(page.locator("text=欢迎")).isVisible();
        page.close();
    }

    private List<String> check(Page page, String axe, String path) {
        page.navigate("http://localhost:" + port + path);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/pages" + (path.equals("/") ? "/home" : path) + ".png")));
        List<String> found = new ArrayList<>(axe(page, axe, path, "document"));
        int headings = page.locator("h1").count();
        if (headings != 1) {
            found.add(path + " has " + headings + " h1 headings (one names the page)");
        }
        clippedCells(page).forEach(cell -> found.add(path + " cuts off a row's actions or status: " + cell));
        clippedHeaders(page).forEach(header -> found.add(path + " cuts off a column's header: " + header));
        return found;
    }

    private List<String> checkDialog(Page page, String axe, String path, String button, String tab) {
        page.navigate("http://localhost:" + port + path);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        if (tab != null) {
            page.locator(".el-tabs__item:has-text('" + tab + "')").click();
        }
        page.locator("button:has-text('" + button + "')").first().click();
        var dialog = page.locator(".el-dialog:visible");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(dialog).isVisible();
        // colours are measured once the dialog's opening animation has ended
        page.waitForFunction("() => !document.querySelector('.dialog-fade-enter-active, .el-overlay-dialog-enter-active')");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/pages/dialogs" + path + ".png")));
        return axe(page, axe, path + " 「" + button + "」", "[...document.querySelectorAll('.el-dialog')].find(d => d.offsetParent !== null)");
    }

    @SuppressWarnings("unchecked")
    private static List<String> axe(Page page, String axe, String where, String context) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate("""
                async () => (await axe.run(%s, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: String(v.nodes[0].target), html: v.nodes[0].html.slice(0, 120) }))""".formatted(context));
        return found.stream().map(v -> where + " " + v.get("id") + " (" + v.get("impact") + ", " + v.get("nodes") + "): " + v.get("target")
                + " " + v.get("html")).toList();
    }
}

package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** 届期与换届 through the pages alone: from 待办 to the overdue union, its election planned, held, and off the list. */
class TermBrowserTest extends BrowserTestBase {

    @Test
    void anOverdueUnionHoldsItsElectionAndLeavesTheList() {
        var admin = admin();
        long district = district(admin, unique("换届区"));
        String union = unique("逾期换届机械厂工会");
        long unionId = createOrg(admin, district, union, "GRASSROOTS", "ENTERPRISE");
        admin.post("/api/orgs/" + unionId + "/terms", Map.of("startsOn", LocalDate.now().minusYears(4).toString(),
                "lengthYears", 3, "chairName", "老主席"));
        admin.post("/api/reminders/refresh", Map.of());
        String cadre = unique("term");
        String password = userWithPassword(admin, district, "DISTRICT_ADMIN", cadre);
        String today = LocalDate.now().toString();

        Page page = signedIn(cadre, password);
        page.locator("[data-test=todo] a:has-text('任期已满未换届')").click();
        Locator row = page.locator(".el-tab-pane:visible .el-table__row:has-text('" + union + "')");
        assertThat(row).containsText("逾期");
        row.locator("button:has-text('换届')").click();

        Locator drawer = page.locator(".el-drawer:visible");
        assertThat(drawer.locator(".el-tabs__item.is-active")).hasText("届期与换届");
        drawer.locator(".el-table__row:has-text('老主席') button:has-text('安排换届')").click();
        Locator plan = page.locator(".el-dialog:visible");
        date(plan, "计划选举日期", today);
        plan.locator(".el-form-item:has-text('上级批复文号') input").fill("换工字〔2026〕12号");
        plan.locator("button:has-text('保存')").click();
        assertThat(drawer.locator(".el-table__row:has-text('老主席')")).containsText("批复 换工字〔2026〕12号");

        drawer.locator(".el-table__row:has-text('老主席') button:has-text('选举完成')").click();
        Locator held = page.locator(".el-dialog:visible");
        date(held, "选举日期", today);
        held.locator(".el-form-item:has-text('新任主席') input").fill("新主席");
        held.locator("button:has-text('保存')").click();
        assertThat(drawer.locator(".el-table__row:has-text('老主席')")).containsText("已于 " + today + " 选举");
        assertThat(drawer.locator(".el-table__row:has-text('新主席')")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/term-election.png")));
        page.keyboard().press("Escape");

        page.navigate("http://localhost:" + port + "/terms?tab=expired");
        assertThat(page.locator(".el-tabs__item.is-active")).containsText("已届满（0）");
        page.context().close();
    }
}

package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A research round's bottleneck problems appear in the rectification ledger and show as overdue. */
class GovernanceBrowserTest extends BrowserTestBase {

    @Test
    void researchProblemsGoIntoTheLedgerAndGoOverdue() {
        admin();
        Page page = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setLocale("zh-CN")).newPage();
        page.setDefaultTimeout(15_000);
        String base = "http://localhost:" + port;
        signIn(page, "admin", ADMIN_PASSWORD);

        page.navigate(base + "/activities");
        page.click(".el-tabs__item:has-text('大调研')");
        page.click("button:has-text('新建调研')");
        Locator dialog = page.locator(".el-dialog:visible");
        String title = unique("新就业形态劳动者入会专题调研");
        dialog.locator(".el-form-item:has-text('调研主题') input").fill(title);
        date(dialog, "开始日期", LocalDate.now().minusDays(20).toString());
        date(dialog, "结束日期", LocalDate.now().minusDays(10).toString());
        dialog.locator(".el-form-item:has-text('走访单位数') input").fill("6");
        dialog.locator("button:has-text('保存')").click();
        Locator round = page.locator("[data-test=rounds] .el-table__row:has-text('" + title + "')");
        assertThat(round).isVisible();
        assertThat(round).containsText("市总工会"); // a city cadre sees whose round it is
        // 所属工会 above the list: a district's rounds only, then the whole subtree again
        String district = unique("调研筛选区");
        district(admin(), district);
        chooseUnionAbove(page, district);
        assertThat(round).isHidden();
        clearUnionAbove(page);
        assertThat(round).isVisible();

        round.locator("button:has-text('登记堵点问题')").click();
        Locator problem = page.locator(".el-dialog:visible");
        problem.locator(".el-form-item:has-text('类别') .el-select").click();
        page.click("li.el-select-dropdown__item:visible:has-text('组织建设')");
        String description = unique("快递网点流动性大入会渠道不畅");
        problem.locator(".el-form-item:has-text('问题描述') textarea").fill(description);
        problem.locator(".el-form-item:has-text('责任人') input").first().fill("组织部李部长");
        date(problem, "整改期限", LocalDate.now().minusDays(1).toString());
        problem.locator("button:has-text('保存')").click();
        assertThat(page.locator(".el-message:has-text('已列入整改台账')")).isVisible();
        assertThat(round).containsText("1");

        page.navigate(base + "/governance");
        Locator item = page.locator("[data-test=ledger] .el-table__row:has-text('" + description + "')");
        assertThat(item).containsText("大调研");
        assertThat(item).containsText("逾期");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/ledger.png")));
    }
}

package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A wage-arrears case registered and closed with the wages recovered, in the browser. */
class RightsBrowserTest extends BrowserTestBase {

    @Test
    void aWageCaseIsRegisteredAndClosed() {
        admin();
        Page page = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setLocale("zh-CN")).newPage();
        page.setDefaultTimeout(15_000);
        signIn(page, "admin", ADMIN_PASSWORD);
        page.navigate("http://localhost:" + port + "/rights");
        page.click("button:has-text('登记案件')");
        Locator form = page.locator(".el-dialog:visible");
        String employer = unique("城建劳务公司");
        form.locator(".el-form-item:has-text('涉及单位') input").fill(employer);
        form.locator(".el-form-item:has-text('涉及职工人数') input").fill("8");
        form.locator(".el-form-item:has-text('诉求金额') input").fill("96000");
        form.locator("button:has-text('保存')").click();
        Locator row = page.locator(".el-table__row:has-text('" + employer + "')");
        assertThat(row).containsText("受理");
        row.locator("button:has-text('办理')").click();
        Locator step = page.locator(".el-dialog:visible");
        step.locator("label:has-text('已办结')").click();
        step.locator(".el-form-item:has-text('办理情况') textarea").fill("联合人社部门督促企业足额支付");
        step.locator(".el-form-item:has-text('追回金额') input").fill("96000");
        step.locator(".el-form-item:has-text('获助职工人数') input").fill("8");
        step.locator("button:has-text('保存')").click();
        assertThat(row).containsText("已办结");
        assertThat(row).containsText("8 / 8");
        assertThat(row).containsText("96,000.00 / 96,000.00");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/rights.png")));
        row.locator("button:has-text('详情')").click();
        Locator detail = page.locator("[data-test=case-detail]");
        assertThat(detail.locator(".el-descriptions")).containsText(employer);
        assertThat(detail.locator(".el-descriptions")).containsText("96,000.00");
        assertThat(detail.locator(".el-descriptions")).containsText("已办结");
        assertThat(detail.locator(".el-timeline")).containsText("联合人社部门督促企业足额支付");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/case-detail.png")));
    }
}

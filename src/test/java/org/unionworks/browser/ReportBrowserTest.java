package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The work report previewed on screen and downloaded as Word, with no placeholder left. */
class ReportBrowserTest extends BrowserTestBase {

    @Test
    void theReportIsPreviewedAndDownloaded() throws Exception {
        admin();
        Page page = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setLocale("zh-CN").setAcceptDownloads(true)).newPage();
        page.setDefaultTimeout(15_000);
        String base = "http://localhost:" + port;
        signIn(page, "admin", ADMIN_PASSWORD);
        page.navigate(base + "/");
        assertThat(page.locator("text=会员和基层工会（按月）")).isVisible();
        assertThat(page.locator("text=整改台账状态")).isVisible();
        assertThat(page.locator("canvas, [data-test=chart-empty]").first()).isVisible();
        assertThat(page.locator("canvas, [data-test=chart-empty]")).hasCount(4);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/home-charts.png")).setFullPage(true));
        page.navigate(base + "/reports");
        assertThat(page.locator("[data-test=tables] .el-table__row").last()).containsText("合计");
        java.time.LocalDate today = java.time.LocalDate.now();
        int reported = today.getMonthValue() == 1 ? today.getYear() - 1 : today.getYear(); // in January, the year just ended
        assertThat(page.locator("[data-test=period-label]")).containsText(reported + "年度（");
        page.click("[data-test=period] label:has-text('统计年度')");
        assertThat(page.locator("[data-test=period-label]")).containsText("统计年度（");
        assertThat(page.locator("[data-test=period-label]")).containsText("-10-01 至");
        page.click("[data-test=period] label:has-text('自然年度')");
        assertThat(page.locator("[data-test=period-label]")).containsText("-01-01 至");
        page.click("button:has-text('预览')");
        assertThat(page.locator("[data-test=preview]")).containsText("年度工作总结");
        assertThat(page.locator("[data-test=preview]")).containsText("共有基层工会");
        assertThat(page.locator("[data-test=preview]")).not().containsText("{{");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/report.png")).setFullPage(true));
        page.click("button:has-text('可用的占位符')");
        Locator help = page.locator("[data-test=template-help]");
        assertThat(help).containsText("[[开展经费审查{{开展经费审查}}项[[，发现问题{{经审发现问题}}个]]。]]");
        // the example's names are placeholders a template may use
        assertThat(page.locator(".el-popover:visible")).containsText("{{经审发现问题}}");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/report-placeholders.png")));
        page.click("button:has-text('可用的占位符')");
        assertThat(help).isHidden();
        page.click("[data-test=dimension]");
        page.click(".el-select-dropdown__item:has-text('基层工会类型')");
        Locator breakdown = page.locator("[data-test=breakdown-grassrootsKind]");
        assertThat(breakdown.locator(".el-table__header")).containsText("基层工会数（家）");
        assertThat(breakdown.locator(".el-table__row", new Locator.LocatorOptions().setHasText("联合基层工会"))).isVisible();
        assertThat(breakdown.locator(".el-table__row").last()).containsText("合计");
        breakdown.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/breakdown.png")));
        Download download = page.waitForDownload(() -> page.click("[data-test=download]"));
        assertThat(download.suggestedFilename()).isEqualTo("工作总结.docx");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(download.path()))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("共有基层工会").doesNotContain("{{");
        }
    }
}

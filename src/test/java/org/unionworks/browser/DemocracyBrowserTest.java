package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A collective contract through the pages alone: 要约, 签订, 审查备案, and the reminder when its end draws near. */
class DemocracyBrowserTest extends BrowserTestBase {

    private static void save(Page page) {
        page.locator(".el-dialog:visible button:has-text('保存')").click();
    }

    @Test
    void aContractGoesFromOfferToFilingAndItsExpiryIsReminded() {
        var api = admin();
        String districtName = unique("协商区");
        long district = district(api, districtName);
        String code = creditCode();
        var registered = api.post("/api/employers", Map.of("unionId", district, "name", unique("机床厂"), "creditCode", code,
                "employeeCount", 300, "femaleCount", 100, "industry", "C", "registeredOn", "2020-01-01"));
        org.assertj.core.api.Assertions.assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Page page = signedIn("admin", ADMIN_PASSWORD);
        String base = "http://localhost:" + port;
        LocalDate today = LocalDate.now();

        page.navigate(base + "/collective-contracts");
        page.click("[data-test=new-contract]");
        Locator dialog = page.locator(".el-dialog:visible");
        dialog.locator(".el-form-item:has-text('合同类别') .el-select").click();
        page.click("li.el-select-dropdown__item:visible:has-text('工资专项集体合同')");
        String title = unique("机床厂工资专项集体合同");
        dialog.locator(".el-form-item:has-text('合同名称') input").fill(title);
        date(dialog, "要约日期", today.minusDays(30).toString());
        dialog.locator(".el-form-item:has-text('协商轮次') input").fill("3");
        dialog.locator(".el-form-item:has-text('覆盖单位') input").fill(code);
        dialog.locator("[data-test=org-picker]").first().click();
        dialog.locator("[data-test=org-picker] input").first().fill(districtName);
        page.click("li.el-select-dropdown__item:visible:has-text('" + districtName + "')");
        save(page);
        page.fill("input[placeholder='合同名称']", title);
        page.press("input[placeholder='合同名称']", "Enter");
        Locator row = page.locator(".el-table__row:has-text('" + title + "')");
        assertThat(row).containsText("协商中");
        row.locator("button:has-text('办理')").click();
        assertThat(page.locator("[data-test=contract-employers]")).containsText("机床厂");

        page.click("[data-test=sign]");
        Locator signing = page.locator(".el-dialog:visible");
        date(signing, "签订日期", today.minusDays(10).toString());
        date(signing, "生效日期", today.minusDays(9).toString());
        date(signing, "终止日期", today.plusDays(45).toString());
        signing.locator(".el-form-item:has-text('覆盖职工人数') input").fill("280");
        signing.locator(".el-form-item:has-text('工资增幅') input").fill("5.5");
        save(page);
        assertThat(page.locator("[data-test=contract-status]")).hasText("已签订待备案");

        page.click("[data-test=file]");
        Locator filing = page.locator(".el-dialog:visible");
        date(filing, "备案日期", today.minusDays(2).toString());
        filing.locator(".el-form-item:has-text('备案编号') input").fill("集备〔2026〕18号");
        filing.locator(".el-form-item:has-text('备案机关') input").fill("区人力资源和社会保障局");
        save(page);
        assertThat(page.locator("[data-test=contract-status]")).hasText("已备案");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/contract.png")));
        page.keyboard().press("Escape");

        page.navigate(base + "/");
        page.click("[data-test=refresh-reminders]");
        Locator reminder = page.locator("text=集体合同90天内到期");
        assertThat(reminder.first()).isVisible();
        reminder.first().click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/collective-contracts\\?tab=expiring"));
        page.fill("input[placeholder='合同名称']", title);
        page.press("input[placeholder='合同名称']", "Enter");
        assertThat(page.locator(".el-table__row:has-text('" + title + "')")).containsText("已备案");
        org.assertj.core.api.Assertions.assertThat(api.get("/api/reminders?kind=CONTRACT_EXPIRING&size=500").text()).contains(title);
    }
}

package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;
import org.unionworks.support.Http;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The tax office's month through the pages: imported with a payer not yet registered (kept aside, not dropped), a small
 * enterprise's funds returned, and both in the district's figures of the work report.
 */
class FundsBrowserTest extends BrowserTestBase {

    private long coveredEmployer(Http api, long district, String name, int employees) {
        long union = createOrg(api, district, unique(name + "工会"), "GRASSROOTS", "ENTERPRISE");
        var employer = api.post("/api/employers", Map.of("unionId", district, "name", unique(name), "creditCode", creditCode(),
                "employeeCount", employees, "industry", "C", "registeredOn", "2020-01-01"));
        org.assertj.core.api.Assertions.assertThat(employer.status()).as(employer.toString()).isEqualTo(201);
        long id = employer.json().get("id").asLong();
        api.post("/api/orgs/" + union + "/coverage", Map.of("employerId", id, "fromDate", "2021-01-01"));
        return id;
    }

    @Test
    void aMonthIsImportedWithAnUnknownPayerAndASmallEnterpriseIsPaidBack() throws Exception {
        Http api = admin();
        String districtName = unique("经费区");
        long district = district(api, districtName);
        long small = coveredEmployer(api, district, "小微科技", 20);
        long large = coveredEmployer(api, district, "重型机械", 300);
        String smallName = api.get("/api/employers/" + small).json().get("name").asString();
        String smallCode = api.get("/api/employers/" + small).json().get("creditCode").asString();
        String largeCode = api.get("/api/employers/" + large).json().get("creditCode").asString();
        String unknown = creditCode();
        LocalDate today = LocalDate.now();
        String month = today.toString().substring(0, 7);
        String paidOn = today.toString();
        Path sheet = Files.createTempFile("税务代收", ".csv");
        Files.writeString(sheet, "统一社会信用代码,缴费单位名称,所属期,计费工资总额（元）,应缴金额（元）,实缴金额（元）,费种,缴费方式,缴费日期\n"
                + smallCode + ",小微科技," + month + ",50000,,1000,工会经费,税务代收," + paidOn + "\n"
                + largeCode + ",重型机械," + month + ",500000,,10000,工会经费,税务代收," + paidOn + "\n"
                + unknown + ",尚未登记的公司," + month + ",20000,,400,工会经费,税务代收," + paidOn + "\n", StandardCharsets.UTF_8);

        Page page = signedIn("admin", ADMIN_PASSWORD);
        String base = "http://localhost:" + port;
        page.navigate(base + "/funds-remittances");
        page.click("button:has-text('导入')");
        Locator dialog = page.locator(".el-dialog:visible");
        page.setInputFiles(".el-dialog:visible input[type=file]", sheet);
        dialog.locator("button:has-text('上传并校验')").click();
        assertThat(dialog.locator("text=确认后将新增 3 行")).isVisible();
        assertThat(dialog).containsText("其中1行的统一社会信用代码未匹配到已登记单位");
        dialog.locator("button:has-text('确认导入')").click();
        assertThat(dialog.locator("text=已新增 3 行")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/funds-import.png")));
        dialog.locator("button:has-text('关闭')").click();
        page.click("[data-test=unmatched-only]");
        page.fill("input[data-test=remittance-q]", unknown);
        page.click("[data-test=search]");
        Locator kept = page.locator(".el-table__row:has-text('尚未登记的公司')");
        assertThat(kept).containsText("未匹配");
        assertThat(kept).containsText("400.00");
        org.assertj.core.api.Assertions.assertThat(clippedCells(page)).as("status tags cut off by their column").isEmpty();

        page.navigate(base + "/fund-returns");
        page.locator("[data-test=return-year] input, input[data-test=return-year]").first().fill(String.valueOf(today.getYear()));
        page.click("button:has-text('查询符合条件的单位')");
        Locator eligible = page.locator(".el-table__row:has-text('" + smallName + "')").first();
        assertThat(eligible).containsText("1,000.00");
        assertThat(page.locator(".el-table__row:has-text('重型机械')")).hasCount(0);
        eligible.locator("[data-test=pay-return]").click();
        page.fill("input[data-test=return-approval]", "返还〔" + today.getYear() + "〕1号");
        page.locator(".el-dialog:visible button:has-text('保存')").click();
        assertThat(eligible).containsText("已返还");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/funds-return.png")));

        page.navigate(base + "/reports");
        page.locator("[data-test=org-picker]").first().click();
        page.locator("[data-test=org-picker] input").first().fill(districtName);
        page.click("li.el-select-dropdown__item:visible:has-text('" + districtName + "')");
        // the picker searches as it is typed into and may open its list again; closed, it no longer covers the buttons
        page.keyboard().press("Escape");
        assertThat(page.locator(".el-select-dropdown__item:visible")).hasCount(0);
        page.click("button:has-text('预览')");
        Locator preview = page.locator("[data-test=preview]");
        assertThat(preview).containsText("实收1.10万元");
        assertThat(preview).containsText("为1家小微企业返还工会经费0.10万元");
        preview.locator("text=管好用好工会经费").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/funds-report.png")));
    }
}

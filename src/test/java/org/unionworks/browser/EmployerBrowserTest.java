package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;
import org.unionworks.support.Http;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A cadre enters last year's 职工人数 of an employer; the history keeps both counts and today's stays. */
class EmployerBrowserTest extends BrowserTestBase {

    @Test
    void lastYearsCountIsEnteredBesideTodays() {
        Http admin = admin();
        long district = district(admin, unique("人数区"));
        String name = unique("核定人数厂");
        var created = admin.post("/api/employers", Map.of("unionId", district, "name", name, "creditCode", creditCode(),
                "employeeCount", 260, "industry", "C", "registeredOn", "2020-01-01"));
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Page page = signedIn("admin", ADMIN_PASSWORD);
        page.navigate("http://localhost:" + port + "/employers");
        page.locator("input[placeholder*='名称']").first().fill(name);
        page.click("[data-test=search]");
        page.locator(".el-table__row:has-text('" + name + "') [data-test=headcounts]").click();
        Locator dialog = page.locator(".el-dialog:visible");
        assertThat(dialog).containsText("职工人数变动");
        String lastYear = (LocalDate.now().getYear() - 1) + "-06-30";
        dialog.locator(".el-form-item:has-text('核定日期') input").fill(lastYear);
        dialog.locator(".el-form-item:has-text('职工人数') input").fill("230");
        dialog.locator("button:has-text('登记')").click();
        assertThat(dialog.locator(".el-table__row:has-text('" + lastYear + "')")).containsText("230");
        assertThat(dialog.locator(".el-table__row")).hasCount(2);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/employer-headcounts.png")));
        page.keyboard().press("Escape");
        assertThat(page.locator(".el-table__row:has-text('" + name + "')")).containsText("260");
    }

    /** 列设置 hides a column of a list, and the list remembers it in this browser. */
    @Test
    void aHiddenColumnStaysHidden() {
        admin();
        Page page = signedIn("admin", ADMIN_PASSWORD);
        page.navigate("http://localhost:" + port + "/employers");
        Locator header = page.locator(".el-table__header-wrapper");
        assertThat(header).containsText("统一社会信用代码");
        page.click("[data-test=column-settings]");
        page.locator(".el-popover:visible .el-checkbox:has-text('统一社会信用代码')").click();
        assertThat(header).not().containsText("统一社会信用代码");
        page.reload();
        assertThat(page.locator(".el-table__header-wrapper")).containsText("管辖工会");
        assertThat(page.locator(".el-table__header-wrapper")).not().containsText("统一社会信用代码");
        page.click("[data-test=column-settings]");
        page.locator(".el-popover:visible .el-checkbox:has-text('统一社会信用代码')").click();
        assertThat(page.locator(".el-table__header-wrapper")).containsText("统一社会信用代码");
        page.context().close();
    }

    /** A form says what is wrong as the cadre leaves a field, before saving, in the server's words. */
    @Test
    void aFormChecksEachFieldAsItIsLeft() {
        admin();
        Page page = signedIn("admin", ADMIN_PASSWORD);
        page.navigate("http://localhost:" + port + "/employers");
        page.click("button:has-text('登记单位')");
        Locator dialog = page.locator(".el-dialog:visible");
        Locator name = dialog.locator(".el-form-item:has-text('单位名称')");
        name.locator("input").focus();
        name.locator("input").blur();
        assertThat(name.locator(".el-form-item__error")).hasText("此项为必填项");
        Locator code = dialog.locator(".el-form-item:has-text('统一社会信用代码')");
        String valid = creditCode();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        code.locator("input").fill(wrongCheck);
        code.locator("input").blur();
        assertThat(code.locator(".el-form-item__error")).hasText("统一社会信用代码校验位错误");
        code.locator("input").fill(valid);
        code.locator("input").blur();
        assertThat(code.locator(".el-form-item__error")).hasCount(0);
        name.locator("input").fill("校验即时提示厂");
        assertThat(name.locator(".el-form-item__error")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/inline-validation.png")));
        dialog.locator("button:has-text('取消')").click();
        page.click("button:has-text('登记单位')");
        // a new draft starts clean
        assertThat(page.locator(".el-dialog:visible .el-form-item__error")).hasCount(0);
        page.context().close();
    }

    /** The union picker finds a union by part of its name and shows where it sits; the form saves under it. */
    @Test
    void theUnionPickerFindsAUnionByName() {
        Http admin = admin();
        String districtName = unique("选择区总工会");
        long district = district(admin, districtName);
        Page page = signedIn("admin", ADMIN_PASSWORD);
        page.navigate("http://localhost:" + port + "/employers");
        page.click("button:has-text('登记单位')");
        Locator dialog = page.locator(".el-dialog:visible");
        assertThat(dialog.locator("[data-test=org-picker]")).containsText("市总工会");
        dialog.locator("[data-test=org-picker]").click();
        page.keyboard().type(districtName.substring(0, districtName.length() - 2));
        Locator option = page.locator(".el-select-dropdown__item:visible:has-text('" + districtName + "')");
        assertThat(option).containsText("编号 " + district);
        option.click();
        String name = unique("按名选择厂");
        dialog.locator(".el-form-item:has-text('单位名称') input").fill(name);
        dialog.locator(".el-form-item:has-text('统一社会信用代码') input").fill(creditCode());
        dialog.locator("button:has-text('保存')").click();
        assertThat(dialog).isHidden();
        page.locator("input[placeholder*='名称']").first().fill(name);
        page.click("[data-test=search]");
        assertThat(page.locator(".el-table__row:has-text('" + name + "')")).containsText(districtName);

        page.navigate("http://localhost:" + port + "/audit");
        page.click("[data-test=audit-entity]");
        page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText(
                java.util.regex.Pattern.compile("^单位$"))).click();
        page.click("[data-test=search]");
        Locator entry = page.locator(".el-table__row:has-text('新增')").first();
        assertThat(entry).containsText("单位名称：" + name);
        assertThat(entry).containsText("所属工会：" + districtName);
        entry.locator("button:has-text('详情')").click();
        Locator drawer = page.locator(".el-drawer:visible");
        assertThat(drawer).containsText("统一社会信用代码");
        assertThat(drawer).containsText("新增单位");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/audit.png")));
    }
}

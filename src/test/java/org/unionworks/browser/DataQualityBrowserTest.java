package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** 数据质量 through the pages: a union without its founding date found, corrected from the link, and gone from the check. */
class DataQualityBrowserTest extends BrowserTestBase {

    @Test
    void aUnionWithoutItsFoundingDateIsFoundAndCorrected() {
        var admin = admin();
        long district = district(admin, unique("质量区"));
        String union = unique("未填成立日期工会");
        createOrg(admin, district, union, "GRASSROOTS", "ENTERPRISE");
        String cadre = unique("quality");
        String password = userWithPassword(admin, district, "DISTRICT_ADMIN", cadre);

        Page page = signedIn(cadre, password);
        page.navigate("http://localhost:" + port + "/data-quality");
        Locator check = page.locator("[data-test=quality-checks] .el-table__row:has-text('基层工会成立日期不详或不精确')");
        assertThat(check).containsText("1");
        check.click();
        Locator finding = page.locator("[data-test=quality-findings] .el-table__row:has-text('" + union + "')");
        assertThat(finding).containsText("未填成立日期");
        finding.locator("button:has-text('去修正')").click();

        Locator row = page.locator(".el-table__row:has-text('" + union + "')");
        row.locator("button:has-text('修改')").click();
        Locator form = page.locator(".el-dialog:visible");
        Locator founded = form.locator(".el-form-item:has-text('成立日期') .el-date-editor input");
        founded.fill(LocalDate.now().minusYears(2).toString());
        founded.press("Enter");
        form.locator("button:has-text('保存')").click();
        assertThat(form).isHidden();
        assertThat(row).containsText(LocalDate.now().minusYears(2).toString());

        page.navigate("http://localhost:" + port + "/data-quality");
        assertThat(page.locator("[data-test=quality-checks] .el-table__row:has-text('基层工会成立日期不详或不精确') td").nth(1))
                .hasText("0");
        page.context().close();
    }
}

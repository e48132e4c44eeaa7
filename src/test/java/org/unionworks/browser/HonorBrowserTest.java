package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;
import org.unionworks.support.People;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A model worker registered, honored and visited in the browser. */
class HonorBrowserTest extends BrowserTestBase {

    @Test
    void aModelWorkerIsRegisteredHonoredAndVisited() {
        admin();
        Page page = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setLocale("zh-CN")).newPage();
        page.setDefaultTimeout(15_000);
        String base = "http://localhost:" + port;
        signIn(page, "admin", ADMIN_PASSWORD);
        page.navigate(base + "/honorees");
        page.click("button:has-text('登记劳模/先进集体')");
        Locator form = page.locator(".el-dialog:visible");
        String name = unique("李技师");
        form.locator(".el-form-item:has-text('名称') input").fill(name);
        form.locator(".el-form-item:has-text('身份证号') input").fill(People.idNumber());
        form.locator(".el-form-item:has-text('工作单位') input").fill("某重工集团");
        form.locator("button:has-text('保存')").click();
        Locator row = page.locator(".el-table__row:has-text('" + name + "')");
        assertThat(row).isVisible();
        assertThat(row).containsText("市总工会"); // whose model worker it is, for a cadre above the union

        row.locator("button:has-text('登记荣誉')").click();
        Locator award = page.locator(".el-dialog:visible");
        award.locator(".el-form-item:has-text('荣誉称号') .el-select").click();
        page.click("li.el-select-dropdown__item:visible:has-text('全国五一劳动奖章')");
        award.locator(".el-form-item:has-text('获得年份') input").fill("2023");
        award.locator("button:has-text('保存')").click();
        assertThat(row).containsText("2023年全国五一劳动奖章");

        row.locator("button:has-text('关爱')").click();
        Locator care = page.locator(".el-dialog:visible");
        care.locator(".el-form-item:has-text('金额') input").fill("1500");
        care.locator("button:has-text('保存')").click();
        assertThat(page.locator(".el-message:has-text('已登记')").last()).isVisible();
        row.locator("button:has-text('详情')").click();
        assertThat(page.locator(".el-drawer:visible")).containsText("走访慰问");
        assertThat(page.locator("[data-test=honoree-detail] .profile")).containsText("工作单位");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/honorees.png")));
        Locator drawer = page.locator(".el-drawer:visible");
        drawer.locator(".el-table__row:has-text('全国五一劳动奖章') button:has-text('撤销')").click();
        page.locator(".el-message-box input").fill("因违纪被撤销称号");
        page.locator(".el-message-box button.el-button--primary").click();
        assertThat(drawer.locator(".el-table__row:has-text('全国五一劳动奖章')")).containsText("撤销：因违纪被撤销称号");
        page.locator(".el-drawer__close-btn").click();

        page.click(".el-tabs__item:has-text('荣誉津贴')");
        page.click("[data-test=allowance-rules]");
        Locator rules = page.locator(".el-dialog:visible");
        rules.locator(".el-form-item:has-text('金额') input").fill("300");
        rules.locator("button:has-text('新增')").click();
        assertThat(rules.locator(".el-table__row:has-text('市级')")).containsText("300");
        rules.locator(".el-dialog__headerbtn").click();
        page.click(".el-tabs__item:has-text('关爱统计')");
        assertThat(page.locator("#pane-care .el-table__row:has-text('全国')").first()).isVisible();

        var admin = admin();
        long story = admin.post("/api/honor-stories", java.util.Map.of("title", name + "的故事", "body", "扎根一线三十年"))
                .json().get("id").asLong();
        admin.post("/api/honor-stories/" + story + "/publish", java.util.Map.of());
        Page visitor = browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setLocale("zh-CN")).newPage();
        visitor.navigate(base + "/public/honors");
        assertThat(visitor.locator("text=" + name + "的故事")).isVisible();
        assertThat(visitor).hasURL(base + "/public/honors");
    }
}

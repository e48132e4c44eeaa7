package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** 服务职工 through the pages alone: a 夏送清凉 from creation to the work report's figures; a station from registration to the map and the public page. */
class ServiceBrowserTest extends BrowserTestBase {

    private static void save(Page page) {
        page.locator(".el-dialog:visible button:has-text('保存')").click();
    }

    private static void chooseUnion(Page page, Locator within, String name) {
        within.locator("[data-test=org-picker]").first().click();
        within.locator("[data-test=org-picker] input").first().fill(name);
        page.click("li.el-select-dropdown__item:visible:has-text('" + name + "')");
    }

    @Test
    void aSummerCoolingProgrammeRunsFromCreationToTheWorkReport() {
        String districtName = unique("清凉区");
        district(admin(), districtName);
        Page page = signedIn("admin", ADMIN_PASSWORD);
        String base = "http://localhost:" + port;

        page.navigate(base + "/programmes");
        assertThat(page.locator("h1")).hasText("普惠服务");
        page.click("[data-test=new-programme]");
        Locator dialog = page.locator(".el-dialog:visible");
        dialog.locator(".el-form-item:has-text('项目类别') .el-select").click();
        page.click("li.el-select-dropdown__item:visible:has-text('夏送清凉')");
        String name = unique("夏送清凉");
        dialog.locator(".el-form-item:has-text('项目名称') input").fill(name);
        chooseUnion(page, dialog, districtName);
        save(page);
        page.fill("input[placeholder='项目名称']", name);
        page.press("input[placeholder='项目名称']", "Enter");
        Locator row = page.locator(".el-table__row:has-text('" + name + "')");
        row.locator("button:has-text('名单')").click();

        page.click("[data-test=add-person]");
        Locator person = page.locator(".el-dialog:visible");
        person.locator(".el-form-item:has-text('姓名') input").fill("王环卫");
        person.locator(".el-form-item:has-text('对象类别') .el-select").click();
        page.click("li.el-select-dropdown__item:visible:has-text('户外劳动者')");
        person.locator(".el-form-item:has-text('物资折款') input").fill("100");
        save(page);
        assertThat(page.locator("[data-test=beneficiaries]")).containsText("王环卫");

        page.click("[data-test=add-unit]");
        Locator unit = page.locator(".el-dialog:visible");
        unit.locator(".el-form-item:has-text('单位名称') input").fill("市环卫集团");
        unit.locator(".el-form-item:has-text('覆盖职工人数') input").fill("50");
        unit.locator(".el-form-item:has-text('物资折款') input").fill("1500");
        save(page);
        assertThat(page.locator("[data-test=beneficiaries]")).containsText("市环卫集团");
        assertThat(page.locator(".el-drawer")).containsText("1 家（覆盖职工 50 人次）");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/programme.png")));
        page.keyboard().press("Escape");
        assertThat(row).containsText("1,600.00");

        page.navigate(base + "/reports");
        chooseUnion(page, page.locator("body"), districtName);
        page.click("button:has-text('预览')");
        Locator preview = page.locator("[data-test=preview]");
        assertThat(preview).containsText("、普惠服务职工");
        assertThat(preview).containsText("开展普惠服务项目1项");
        assertThat(preview).containsText("慰问职工1人次");
        assertThat(preview).containsText("物资折款0.16万元");
        assertThat(preview).containsText("走访慰问单位1家次，覆盖职工50人次");
        page.click("[data-test=dimension]");
        page.click(".el-select-dropdown__item:has-text('普惠服务项目')");
        Locator breakdown = page.locator("[data-test=breakdown-programmeKind]");
        assertThat(breakdown.locator(".el-table__row", new Locator.LocatorOptions().setHasText("夏送清凉"))).containsText("1");
        breakdown.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/programme-figures.png")));
    }

    @Test
    void aStationIsRegisteredAndShownOnTheMapAndToWorkers() {
        String districtName = unique("驿站区");
        district(admin(), districtName);
        Page page = signedIn("admin", ADMIN_PASSWORD);
        String base = "http://localhost:" + port;

        page.navigate(base + "/service-places");
        page.click("[data-test=new-place]");
        Locator dialog = page.locator(".el-dialog:visible");
        String name = unique("福华路户外劳动者服务站");
        dialog.locator(".el-form-item:has-text('名称') input").first().fill(name);
        dialog.locator(".el-form-item:has-text('依托单位') input").fill("福田区环卫所");
        dialog.locator(".el-form-item:has-text('地址') input").fill("福田区福华路1号");
        dialog.locator(".el-form-item:has-text('经度') input").fill("114.0579");
        dialog.locator(".el-form-item:has-text('纬度') input").fill("22.5431");
        dialog.locator(".el-form-item:has-text('开放时间') input").fill("7:00-21:00");
        dialog.locator(".el-checkbox:has-text('饮水')").click();
        dialog.locator(".el-checkbox:has-text('充电')").click();
        chooseUnion(page, dialog, districtName);
        save(page);
        assertThat(page.locator(".el-table__row:has-text('" + name + "')")).containsText("开放");

        page.click(".el-tabs__item:has-text('阵地地图')");
        assertThat(page.locator("[data-test=map-list]")).containsText(name);
        assertThat(page.locator("[data-test=place-map] canvas").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/place-map.png")));

        Page worker = browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN")).newPage();
        worker.setDefaultTimeout(15_000);
        worker.navigate(base + "/public/stations");
        worker.fill("input[placeholder='站点名称或地址']", name);
        worker.click("button:has-text('查找')");
        Locator card = worker.locator("[data-test=station]");
        assertThat(card).hasCount(1);
        assertThat(card).containsText("7:00-21:00");
        assertThat(card).containsText("充电");
        assertThat(worker.locator("[data-test=place-map] canvas").first()).isVisible();
        worker.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/public-stations.png")).setFullPage(true));
    }
}

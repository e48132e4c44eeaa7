package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A grassroots cadre files a needy worker; the district approves, gives aid, reviews and closes the file. */
class AssistBrowserTest extends BrowserTestBase {

    private String cadre(Http admin, long unionId, String role, String password) {
        String username = unique("c");
        var created = admin.post("/api/users", Map.of("username", username, "displayName", "干事" + username,
                "unionId", unionId, "roleIds", List.of(roleId(admin, role))));
        String initial = created.json().get("initialPassword").asString();
        Http http = new Http(port);
        http.login(username, initial);
        http.post("/api/auth/password", Map.of("oldPassword", initial, "newPassword", password));
        return username;
    }

    private Page signIn(String username, String password) {
        Page page = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setLocale("zh-CN")).newPage();
        page.setDefaultTimeout(15_000);
        signIn(page, username, password);
        return page;
    }

    private static void choose(Page page, Locator dialog, String field, String option) {
        dialog.locator(".el-form-item:has-text('" + field + "') .el-select").first().click();
        page.click("li.el-select-dropdown__item:visible:has-text('" + option + "')");
        // the choice must have taken before the next drop-down opens (one CI run submitted without it)
        assertThat(dialog.locator(".el-form-item:has-text('" + field + "') .el-select").first()).containsText(option);
    }

    /** Without any 低保标准 nobody can be filed: the archive says so and leads to the setting (the answer stubbed empty). */
    @Test
    void anEmptyStandardsTableLeadsToItsSetting() {
        admin();
        Page page = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("zh-CN")).newPage();
        page.setDefaultTimeout(15_000);
        page.route("**/api/living-standards", route -> {
            if ("GET".equals(route.request().method())) {
                route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(200)
                        .setContentType("application/json").setBody("[]"));
            } else {
                route.resume();
            }
        });
        signIn(page, "admin", ADMIN_PASSWORD);
        page.navigate("http://localhost:" + port + "/hardship-files");
        assertThat(page.locator("[data-test=no-standards]")).containsText("尚未设置低保标准");
        page.click("[data-test=set-standards]");
        assertThat(page.locator(".el-dialog:visible")).containsText("低保标准（元/人/月）");
        page.context().close();
    }

    @Test
    void entryApprovalAidReviewAndExit() {
        Http admin = admin();
        admin.post("/api/living-standards", Map.of("divisionCode", "440305", "monthlyAmount", 1000, "effectiveFrom", "2020-01-01"));
        long district = district(admin, unique("福田区总工会"));
        long union = createOrg(admin, district, unique("福田电子厂工会"), "GRASSROOTS", "ENTERPRISE");
        String grassroots = cadre(admin, union, "GRASSROOTS_ADMIN", "Grass-Pass-2026");
        String upper = cadre(admin, district, "DISTRICT_ADMIN", "Upper-Pass-2026");
        String base = "http://localhost:" + port;

        Page page = signIn(grassroots, "Grass-Pass-2026");
        assertThat(page.locator("[data-test=chart-empty]:has-text('本工会没有下级单位')")).isVisible();
        page.navigate(base + "/hardship-files");
        assertThat(page.locator("[data-test=list-total]")).isVisible();
        assertThat(page.locator("[data-test=no-standards]")).hasCount(0);
        // a union with none below it has no tree to choose from: the list takes the width
        assertThat(page.locator(".tree-pane")).isHidden();
        assertThat(page.locator("[data-test=tree-toggle]")).hasCount(0);
        page.click("button:has-text('建档')");
        Locator dialog = page.locator(".el-dialog:visible");
        dialog.locator(".el-form-item:has-text('职工姓名') input").fill("陈困难");
        dialog.locator(".el-form-item:has-text('身份证号') input").first().fill(People.idNumber());
        chooseDivision(page, dialog.locator(".el-form-item:has-text('所在区县')"), "广东省", "深圳市", "南山区");
        choose(page, dialog, "困难类别", "深度困难");
        choose(page, dialog, "主要致困原因", "本人或家属患病");
        choose(page, dialog, "职工身份", "在岗");
        dialog.locator(".el-form-item:has-text('家庭人口') input").fill("3");
        dialog.locator(".el-form-item:has-text('家庭月收入') input").fill("2400");
        dialog.locator("button:has-text('提交审批')").click();
        assertThat(page.locator(".el-message:has-text('等待上级工会审批')"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        assertThat(page.locator(".el-table__row:has-text('陈困难')")).containsText("待审批");

        Page upperPage = signIn(upper, "Upper-Pass-2026");
        upperPage.navigate(base + "/hardship-files");
        Locator row = upperPage.locator(".el-table__row:has-text('陈困难')");
        row.locator("button:has-text('详情')").click();
        Locator file = upperPage.locator("[data-test=file-detail]");
        assertThat(file).containsText("广东省深圳市南山区");
        assertThat(file).containsText("本人或家属患病");
        file.locator("[data-test=detail-approve]").click();
        upperPage.locator(".el-message-box button.el-button--primary").click();
        assertThat(file.locator(".el-descriptions")).containsText("在档");
        assertThat(file.locator("[data-test=detail-approve]")).hasCount(0);
        upperPage.keyboard().press("Escape");
        assertThat(row).containsText("在档");

        row.locator("button:has-text('帮扶')").click();
        Locator aid = upperPage.locator(".el-dialog:visible");
        choose(upperPage, aid, "帮扶类别", "送温暖");
        aid.locator(".el-form-item:has-text('金额') input").fill("1500");
        aid.locator("button:has-text('保存')").click();
        assertThat(upperPage.locator(".el-message:has-text('已登记帮扶')")).isVisible();
        assertThat(row).containsText("1,500.00");

        row.locator("button:has-text('复核')").click();
        Locator review = upperPage.locator(".el-dialog:visible");
        review.locator(".el-form-item:has-text('家庭现状') textarea").fill("配偶病情稳定，仍需帮扶");
        review.locator("button:has-text('保存')").click();
        assertThat(upperPage.locator(".el-message:has-text('已复核')")).isVisible();

        row.locator("button:has-text('退出')").click();
        Locator exit = upperPage.locator(".el-dialog:visible");
        choose(upperPage, exit, "退出原因", "实现就业");
        exit.locator("button:has-text('确定退出')").click();
        assertThat(row).containsText("已退出");
        row.locator("button:has-text('详情')").click();
        assertThat(upperPage.locator(".el-drawer:visible")).containsText("合计 1,500.00");
        upperPage.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/hardship-file.png")));
        Page sheet = upperPage.waitForPopup(() -> upperPage.locator("[data-test=print-file]").click());
        assertThat(sheet.locator("[data-test=print-sheet] h1")).hasText("困难职工档案表");
        assertThat(sheet.locator("[data-test=print-sheet]")).containsText("陈困难");
        assertThat(sheet.locator("[data-test=print-sheet]")).containsText("送温暖");
        assertThat(sheet.locator("[data-test=print-sheet]")).containsText("1,500.00");
        sheet.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/print-hardship-file.png")).setFullPage(true));
        sheet.close();
        upperPage.navigate(base + "/aid-records");
        assertThat(upperPage.locator(".el-table__row:has-text('陈困难')")).containsText("1,500.00");
    }

    /** The district enters last year's closed file as 补录, gives it last year's aid, and withdraws a mistaken one. */
    @Test
    void lastYearsFileIsBackfilledAndAMistakenAidWithdrawn() {
        Http admin = admin();
        admin.post("/api/living-standards", Map.of("divisionCode", "440305", "monthlyAmount", 1000, "effectiveFrom", "2020-01-01"));
        long district = district(admin, unique("补录区总工会"));
        String unionName = unique("补录电子厂工会");
        createOrg(admin, district, unionName, "GRASSROOTS", "ENTERPRISE");
        String upper = cadre(admin, district, "DISTRICT_ADMIN", "Upper-Pass-2026");
        int year = java.time.LocalDate.now().getYear() - 1;

        Page page = signIn(upper, "Upper-Pass-2026");
        page.navigate("http://localhost:" + port + "/hardship-files");
        page.click(".el-tree-node__content:has-text('" + unionName + "')");
        assertThat(page.locator("text=当前：" + unionName)).isVisible();
        page.click("[data-test=backfill]");
        Locator dialog = page.locator(".el-dialog:visible");
        assertThat(dialog).containsText("补录历史档案");
        dialog.locator(".el-form-item:has-text('建档日期') input").fill(year + "-03-01");
        dialog.locator(".el-form-item:has-text('职工姓名') input").fill("往年困难");
        dialog.locator(".el-form-item:has-text('身份证号') input").first().fill(People.idNumber());
        chooseDivision(page, dialog.locator(".el-form-item:has-text('所在区县')"), "广东省", "深圳市", "南山区");
        choose(page, dialog, "困难类别", "深度困难");
        choose(page, dialog, "主要致困原因", "本人或家属患病");
        choose(page, dialog, "职工身份", "在岗");
        dialog.locator(".el-form-item:has-text('家庭人口') input").fill("3");
        dialog.locator(".el-form-item:has-text('家庭月收入') input").fill("2400");
        dialog.locator("button:has-text('补录')").last().click();
        assertThat(page.locator(".el-message:has-text('已补录')")).isVisible();
        Locator row = page.locator(".el-table__row:has-text('往年困难')");
        assertThat(row).containsText("补录");
        assertThat(row).containsText(year + "-03-01");

        for (String amount : new String[] {"800", "9999"}) {
            row.locator("button:has-text('帮扶')").click();
            Locator aid = page.locator(".el-dialog:visible");
            choose(page, aid, "帮扶类别", "送温暖");
            aid.locator(".el-form-item:has-text('日期') input").first().fill(year + "-12-20");
            aid.locator(".el-form-item:has-text('金额') input").fill(amount);
            aid.locator("button:has-text('保存')").click();
            assertThat(page.locator(".el-message:has-text('已登记帮扶')").last()).isVisible();
            assertThat(aid).isHidden();
        }
        row.locator("button:has-text('详情')").click();
        Locator drawer = page.locator(".el-drawer:visible");
        drawer.locator(".el-table__row:has-text('9,999.00') button:has-text('撤回')").click();
        page.locator(".el-message-box input").fill("重复录入");
        page.locator(".el-message-box button.el-button--primary").click();
        assertThat(drawer.locator(".el-table__row:has-text('9,999.00')")).hasCount(0);
        assertThat(drawer.locator(".el-table__row:has-text('800')")).hasCount(1);
        assertThat(drawer).containsText("合计 800");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/hardship-backfill.png")));
    }

    /** A household helped by 临时救助 needs lasting help: 转为档案 opens the file form with the person and union. */
    @Test
    void aTemporaryReliefBecomesAFileInTheUi() {
        Http admin = admin();
        admin.post("/api/living-standards", Map.of("divisionCode", "440305", "monthlyAmount", 1000, "effectiveFrom", "2020-01-01"));
        long district = district(admin, unique("救助区总工会"));
        long union = createOrg(admin, district, unique("救助厂工会"), "GRASSROOTS", "ENTERPRISE");
        String id = People.idNumber();
        String name = unique("临救");
        var relief = admin.post("/api/temp-reliefs", Map.of("unionId", union, "name", name, "idNumber", id, "reason", "突发重病",
                "reliefOn", java.time.LocalDate.now().toString(), "amount", 2000));
        org.assertj.core.api.Assertions.assertThat(relief.status()).as(relief.toString()).isEqualTo(201);
        String grassroots = cadre(admin, union, "GRASSROOTS_ADMIN", "Grass-Pass-2026");

        Page page = signIn(grassroots, "Grass-Pass-2026");
        page.navigate("http://localhost:" + port + "/aid-records");
        page.click(".el-tabs__item:has-text('临时救助')");
        page.locator(".el-table__row:has-text('" + name + "') [data-test=convert]").click();
        Locator dialog = page.locator(".el-dialog:visible");
        assertThat(dialog).containsText("临时救助转为困难职工档案");
        assertThat(dialog.locator(".el-form-item:has-text('职工姓名') input")).hasValue(name);
        dialog.locator(".el-form-item:has-text('身份证号') input").first().fill(id);
        chooseDivision(page, dialog.locator(".el-form-item:has-text('所在区县')"), "广东省", "深圳市", "南山区");
        choose(page, dialog, "困难类别", "深度困难");
        choose(page, dialog, "主要致困原因", "本人或家属患病");
        choose(page, dialog, "职工身份", "在岗");
        dialog.locator(".el-form-item:has-text('家庭人口') input").fill("3");
        dialog.locator(".el-form-item:has-text('家庭月收入') input").fill("2400");
        dialog.locator("button:has-text('提交审批')").click();
        assertThat(page.locator(".el-message:has-text('已建档')")).isVisible();
        assertThat(page.locator(".el-table__row:has-text('" + name + "')")).containsText("待审批");
        page.navigate("http://localhost:" + port + "/aid-records");
        page.click(".el-tabs__item:has-text('临时救助')");
        assertThat(page.locator(".el-table__row:has-text('" + name + "')")).containsText("已建档");
    }

    /** Issue #27: a county approves hundreds of files a year; 20 go in one action, each still checked and audited. */
    @Test
    void twentyFilesAreApprovedInOneAction() {
        Http admin = admin();
        admin.post("/api/living-standards", Map.of("divisionCode", "440305", "monthlyAmount", 1000, "effectiveFrom", "2020-01-01"));
        long district = district(admin, unique("批量审批区"));
        long union = createOrg(admin, district, unique("批量电子厂工会"), "GRASSROOTS", "ENTERPRISE");
        String grassroots = cadre(admin, union, "GRASSROOTS_ADMIN", "Grass-Pass-2026");
        String upper = cadre(admin, district, "DISTRICT_ADMIN", "Upper-Pass-2026");
        Http maker = new Http(port);
        maker.login(grassroots, "Grass-Pass-2026");
        for (int i = 0; i < 20; i++) {
            Map<String, Object> f = new java.util.HashMap<>(org.unionworks.support.Forms.hardshipFile(union, "440305"));
            f.put("workerName", "批量职工" + i);
            f.put("idNumber", People.idNumber());
            org.assertj.core.api.Assertions.assertThat(maker.post("/api/hardship-files", f).status()).isEqualTo(201);
        }

        Page page = signIn(upper, "Upper-Pass-2026");
        page.navigate("http://localhost:" + port + "/hardship-files");
        assertThat(page.locator("[data-test=list-total]")).containsText("20");
        // a file awaiting the upper union's approval has four actions (详情, 审批通过, 修改, 退回), all of them in view
        org.assertj.core.api.Assertions.assertThat(clippedCells(page)).as("row actions or status cut off by their column").isEmpty();
        page.locator(".el-table__header .el-checkbox").first().click();
        page.click("[data-test=bulk-approve]");
        page.locator(".el-message-box button.el-button--primary").click();
        assertThat(page.locator(".el-message:has-text('完成 20 条')")).isVisible();
        assertThat(page.locator(".el-table__row:has-text('待审批')")).hasCount(0);
        assertThat(page.locator(".el-table__body .el-checkbox.is-checked")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/bulk-approve.png")));
        org.assertj.core.api.Assertions.assertThat(admin.get("/api/hardship-files?under=" + district + "&status=OPEN").json().get("total").asLong())
                .isEqualTo(20);
    }
}

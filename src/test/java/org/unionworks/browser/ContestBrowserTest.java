package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;
import org.unionworks.support.People;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A contest through the pages alone, at 1280×800: created, items, a unit, a finalist, 公示, 公布, and the 技术能手 in 劳模库. */
class ContestBrowserTest extends BrowserTestBase {

    private static void save(Page page) {
        page.locator(".el-dialog:visible button:has-text('保存')").click();
    }

    @Test
    void aContestIsRunFromCreationToPublishedResultsAndItsWinnerAppearsIn劳模库() {
        var api = admin();
        String districtName = unique("推荐区");
        district(api, districtName);
        Page page = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("zh-CN")).newPage();
        page.setDefaultTimeout(15_000);
        String base = "http://localhost:" + port;
        signIn(page, "admin", ADMIN_PASSWORD);
        LocalDate today = LocalDate.now();

        page.navigate(base + "/contests");
        assertThat(page.locator("h1")).hasText("劳动和技能竞赛");
        page.click("button:has-text('新建竞赛')");
        Locator dialog = page.locator(".el-dialog:visible");
        String name = unique("全市职工数控技能大赛");
        dialog.locator(".el-form-item:has-text('竞赛名称') input").fill(name);
        date(dialog, "开始日期", today.minusDays(30).toString());
        date(dialog, "结束日期", today.minusDays(10).toString());
        save(page);
        assertThat(page.locator("h2")).hasText(name);

        page.click("button:has-text('添加项目')");
        page.locator(".el-dialog:visible .el-form-item:has-text('项目名称') input").fill("数控车工");
        save(page);
        assertThat(page.locator("[data-test=items]")).containsText("数控车工");

        page.click(".el-tabs__item:has-text('参赛单位')");
        page.click("button:has-text('添加单位')");
        Locator unit = page.locator(".el-dialog:visible");
        unit.locator(".el-form-item:has-text('单位名称') input").fill("市第一机床厂");
        unit.locator(".el-form-item:has-text('报送参赛人数') input").fill("120");
        save(page);
        assertThat(page.locator("[data-test=units]")).containsText("市第一机床厂");

        page.click(".el-tabs__item:has-text('选手与成绩')");
        page.click("button:has-text('登记选手')");
        Locator entrant = page.locator(".el-dialog:visible");
        entrant.locator(".el-form-item:has-text('参赛单位') .el-select").click();
        page.click("li.el-select-dropdown__item:visible:has-text('市第一机床厂')");
        String winner = unique("王冠");
        entrant.locator(".el-form-item:has-text('姓名') input").fill(winner);
        entrant.locator(".el-form-item:has-text('身份证号') input").fill(People.idNumber(LocalDate.of(1990, 3, 7), false));
        entrant.locator(".el-form-item:has-text('名次') input").fill("1");
        entrant.locator(".el-form-item:has-text('获奖等次') .el-select").click();
        page.click("li.el-select-dropdown__item:visible:has-text('一等奖')");
        entrant.locator(".el-form-item:has-text('授予称号') .el-select").click();
        entrant.locator(".el-form-item:has-text('授予称号') input").fill("市技术能手");
        page.click("li.el-select-dropdown__item:visible:has-text('市技术能手')");
        save(page);
        assertThat(page.locator(".el-table__row:has-text('" + winner + "')")).containsText("一等奖");
        assertThat(page.locator(".el-statistic:has-text('参赛人次')")).containsText("120");

        page.click("button:has-text('结果公示')");
        Locator notice = page.locator(".el-dialog:visible");
        date(notice, "公示开始", today.minusDays(7).toString());
        date(notice, "公示结束", today.minusDays(1).toString());
        notice.locator("button:has-text('开始公示')").click();
        assertThat(page.locator("[data-test=contest-status]")).hasText("结果公示");

        page.click("button:has-text('公布结果')");
        page.locator(".el-message-box button:has-text('确定'), .el-message-box button:has-text('OK')").first().click();
        assertThat(page.locator("[data-test=contest-status]")).hasText("结果已公布");
        page.click(".el-tabs__item:has-text('选手与成绩')");
        assertThat(page.locator(".el-table__row:has-text('" + winner + "')")).containsText("已入劳模库");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/contest.png")).setFullPage(true));

        long medal = api.get("/api/honor-titles").json().valueStream().filter(t -> t.get("name").asString().equals("市五一劳动奖章"))
                .findFirst().orElseThrow().get("id").asLong();
        String campaign = unique("五一劳动奖章评选");
        api.post("/api/honor-campaigns", java.util.Map.of("name", campaign, "year", today.getYear(), "nominateFrom", today.toString(),
                "nominateTo", today.plusDays(10).toString(), "quotas", java.util.List.of(java.util.Map.of("titleId", medal, "quota", 5))));
        page.locator(".el-table__row:has-text('" + winner + "') button:has-text('推荐参评')").click();
        Locator nominate = page.locator(".el-dialog:visible");
        nominate.locator(".el-form-item:has-text('评选活动') .el-select").click();
        page.click("li.el-select-dropdown__item:visible:has-text('" + campaign + "')");
        assertThat(nominate.locator(".el-form-item:has-text('推荐称号')")).containsText("市五一劳动奖章");
        nominate.locator("[data-test=org-picker]").click();
        nominate.locator("[data-test=org-picker] input").fill(districtName);
        page.click("li.el-select-dropdown__item:visible:has-text('" + districtName + "')");
        assertThat(nominate.locator("textarea")).hasValue(java.util.regex.Pattern.compile(".*一等奖.*市技术能手.*"));
        nominate.locator("button:has-text('推荐')").last().click();
        assertThat(page.locator(".el-message:has-text('已推荐')")).isVisible();
        assertThat(page.locator(".el-table__row:has-text('" + winner + "')")).containsText("已推荐");

        // 所属工会 above the list: the city's own contest is not the district's
        page.navigate(base + "/contests");
        page.fill("input[placeholder='竞赛名称']", name);
        page.click("[data-test=search]");
        Locator listed = page.locator(".el-table__row:has-text('" + name + "')");
        assertThat(listed).isVisible();
        chooseUnionAbove(page, districtName);
        assertThat(listed).isHidden();
        clearUnionAbove(page);
        assertThat(listed).isVisible();

        page.navigate(base + "/honorees");
        page.fill("input[placeholder='姓名或集体名称']", winner);
        page.press("input[placeholder='姓名或集体名称']", "Enter");
        assertThat(page.locator(".el-table__row:visible:has-text('" + winner + "')")).containsText("市技术能手");
    }

    @Test
    void aStudioIsNamedCreditedAndReviewedAnd五小AndEvaluationsAreRecorded() {
        var admin = admin();
        long district = district(admin, unique("工匠区"));
        String code = creditCode();
        var registered = admin.post("/api/employers", java.util.Map.of("unionId", district, "name", unique("精工机械"), "creditCode", code,
                "employeeCount", 200, "femaleCount", 80, "industry", "C", "registeredOn", "2020-01-01"));
        org.assertj.core.api.Assertions.assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Page page = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("zh-CN")).newPage();
        page.setDefaultTimeout(15_000);
        String base = "http://localhost:" + port;
        signIn(page, "admin", ADMIN_PASSWORD);

        page.navigate(base + "/studios");
        page.click("button:has-text('命名工作室')");
        Locator dialog = page.locator(".el-dialog:visible");
        String studio = unique("李明劳模创新工作室");
        dialog.locator(".el-form-item:has-text('工作室名称') input").fill(studio);
        dialog.locator(".el-form-item:text-is('领衔人') input, .el-form-item:has(label:text-is('领衔人')) input").first().fill("李明");
        dialog.locator(".el-form-item:has-text('依托单位') input").first().fill("精工机械");
        dialog.locator(".el-form-item:has-text('成员人数') input").fill("12");
        save(page);
        Locator row = page.locator(".el-table__row:has-text('" + studio + "')");
        row.locator("button:has-text('详情')").click();
        page.click(".el-drawer button:has-text('登记成果')");
        Locator achievement = page.locator(".el-dialog:visible");
        achievement.locator(".el-form-item:has-text('成果名称') input").fill("数控刀具快速对刀装置");
        achievement.locator(".el-form-item:has-text('经济效益') input").fill("250000");
        save(page);
        assertThat(page.locator(".el-drawer")).containsText("数控刀具快速对刀装置");
        page.click(".el-drawer button:has-text('考核')");
        page.locator(".el-dialog:visible").locator("label:has-text('合格'), .el-radio-button:has-text('合格')").first().click();
        save(page);
        assertThat(page.locator(".el-drawer")).containsText("合格");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/studio.png")));
        page.keyboard().press("Escape");
        assertThat(row).containsText("25.00");

        page.navigate(base + "/innovations");
        page.click("button:has-text('登记成果')");
        Locator innovation = page.locator(".el-dialog:visible");
        String title = unique("工序合并合理化建议");
        innovation.locator(".el-form-item:has-text('成果名称') input").fill(title);
        innovation.locator(".el-form-item:has-text('完成人') input").fill("张三、李四");
        innovation.locator(".el-form-item:has-text('所在单位') input").first().fill("精工机械");
        innovation.locator(".el-form-item:has-text('经济效益') input").fill("30000");
        save(page);
        assertThat(page.locator(".el-table__row:visible:has-text('" + title + "')")).containsText("30,000.00");
        page.click(".el-tabs__item:has-text('企业内部技术职称')");
        page.click("button:has-text('登记评聘')");
        Locator evaluation = page.locator(".el-dialog:visible");
        evaluation.locator(".el-form-item:has-text('统一社会信用代码') input").fill(code);
        evaluation.locator(".el-form-item:has-text('评聘人数') input").fill("35");
        save(page);
        assertThat(page.locator(".el-table__row:visible:has-text('精工机械')")).containsText("内部技术职称评聘");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/evaluations.png")));
    }
}

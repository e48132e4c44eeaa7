package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import com.microsoft.playwright.Page;

/** A grassroots union's 2026 return in the browser: pre-filled, answered, signed and submitted, approved by its district. */
class AnnualReturnBrowserTest extends BrowserTestBase {

    private static final Map<String, String> NUMBERS = Map.of("J104", "40", "J105", "10", "J200", "3", "J201", "5", "J202", "2",
            "J203", "1", "J204", "2", "J305", "20", "J306", "8");
    private static final Map<String, String> YES_NO = Map.of("J401", "是", "J402", "是", "J403", "否", "J505", "否", "J601", "是");

    @Test
    void aUnionTakesItsFormFromPrefilledToApproved() {
        Http admin = admin();
        long district = district(admin, unique("年报浏览区"));
        String unionName = unique("纺织厂工会");
        var created = admin.post("/api/orgs", new HashMap<>(Map.of("parentId", district, "name", unionName, "orgType", "GRASSROOTS",
                "grassrootsKind", "ENTERPRISE", "foundedOn", "2020-03-01")));
        long union = created.json().get("id").asLong();
        var registered = admin.post("/api/employers", Map.of("unionId", district, "name", unique("纺织厂"), "creditCode", creditCode(),
                "employeeCount", 100, "industry", "C", "registeredOn", "2020-01-01"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        long employer = registered.json().get("id").asLong();
        admin.post("/api/orgs/" + union + "/coverage", Map.of("employerId", employer, "fromDate", "2021-01-01"));
        admin.post("/api/employers/" + employer + "/headcounts", Map.of("countedOn", "2025-12-31", "employees", 100));
        for (boolean woman : new boolean[] {true, true, false}) {
            var m = admin.post("/api/members", new HashMap<>(Map.of("unionId", union, "name", woman ? "王芳" : "李强", "joinedOn", "2020-05-01",
                    "idNumber", People.idNumber(LocalDate.of(1991, 6, 1), woman), "phone", "13800138000", "ethnicity", "01")));
            assertThat(m.status()).as(m.toString()).isEqualTo(201);
        }
        assertThat(admin.post("/api/annual-returns/generate", Map.of("year", 2026, "unionId", district)).status()).isEqualTo(200);

        String filler = unique("tb");
        Page page = signedIn(filler, userWithPassword(admin, union, "GRASSROOTS_ADMIN", filler));
        String base = "http://localhost:" + port;
        page.navigate(base + "/annual-returns");
        page.locator("input[aria-label=统计年度]").fill("2026");
        page.locator("input[aria-label=统计年度]").press("Enter");
        page.locator(".el-table__row a:has-text('" + unionName + "')").click();
        assertThat(page.locator("[data-test=return-title]")).containsText("基层工会调查表");
        assertThat(page.locator("[data-test=value-J106]")).hasText("3");
        assertThat(page.locator("[data-test=value-J107]")).hasText("2");
        assertThat(page.locator("[data-test=value-J103]")).hasText("100");

        NUMBERS.forEach((code, value) -> page.locator("[data-test=answer-" + code + "] input").fill(value));
        YES_NO.forEach((code, value) -> page.locator("[data-test=answer-" + code + "] label:has-text('" + value + "')").click());
        page.locator("[data-test=save-answers]").click();
        assertThat(page.locator(".el-message:has-text('已保存并完成逻辑检查')").first()).isVisible();
        assertThat(page.locator("[data-test=checks] .el-tag").first()).hasText("12 / 12 项通过");

        page.locator("[data-test=submit]").click();
        page.locator(".el-dialog:visible [data-test=signer]").fill("张主席");
        page.locator(".el-dialog:visible button:has-text('上报')").click();
        assertThat(page.locator("[data-test=return-status]")).hasText("已上报待审核");
        String url = page.url();

        String reviewer = unique("qz");
        Page upper = signedIn(reviewer, userWithPassword(admin, district, "DISTRICT_ADMIN", reviewer));
        upper.navigate(url);
        upper.locator("[data-test=approve]").click();
        upper.locator(".el-message-box textarea").fill("数据属实，同意");
        upper.locator(".el-message-box button:has-text('确定'), .el-message-box button:has-text('OK')").first().click();
        assertThat(upper.locator("[data-test=return-status]")).hasText("已审核（锁定）");
        assertThat(upper.locator("[data-test=locked]")).containsText("数值已锁定");
        upper.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/annual-return.png")).setFullPage(true));

        var late = admin.post("/api/members", new HashMap<>(Map.of("unionId", union, "name", "赵敏", "joinedOn", "2021-03-01",
                "idNumber", People.idNumber(LocalDate.of(1992, 2, 1), true), "phone", "13800138000", "ethnicity", "01")));
        assertThat(late.status()).isEqualTo(201);
        upper.locator("[data-test=differences]").click();
        var differences = upper.locator("[data-test=differences-dialog]");
        assertThat(differences.locator("[data-test=diff-J106]")).containsText("锁定 3，今天 4");
        assertThat(differences.locator("[data-test=diff-J106] .el-table__row:has-text('赵敏')")).containsText("补录");
        upper.waitForTimeout(400);
        upper.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/annual-return-differences.png")));
        differences.locator(".el-dialog__headerbtn").click();

        page.reload();
        assertThat(page.locator("[data-test=save-answers]")).hasCount(0);
        assertThat(page.locator("[data-test=value-J104]")).hasText("40");

        upper.locator("[data-test=reopen]").click();
        upper.locator(".el-message-box textarea").fill("女职工人数有误，请更正后重新上报");
        upper.locator(".el-message-box button:has-text('确定'), .el-message-box button:has-text('OK')").first().click();
        assertThat(upper.locator("[data-test=return-status]")).hasText("已退回");
        page.reload();
        assertThat(page.locator("[data-test=save-answers]")).isVisible();
    }

    /** The district asks the year's questions through a census campaign; a union answers them there and its form is filled. */
    @Test
    void theQuestionsAreAskedAndAnsweredThroughTheCensus() {
        Http admin = admin();
        long district = district(admin, unique("问卷浏览区"));
        String unionName = unique("机械厂工会");
        long union = admin.post("/api/orgs", new HashMap<>(Map.of("parentId", district, "name", unionName, "orgType", "GRASSROOTS",
                "grassrootsKind", "ENTERPRISE", "foundedOn", "2020-03-01"))).json().get("id").asLong();
        assertThat(admin.post("/api/annual-returns/generate", Map.of("year", 2026, "unionId", district)).status()).isEqualTo(200);
        String base = "http://localhost:" + port;

        String officer = unique("wj");
        Page upper = signedIn(officer, userWithPassword(admin, district, "DISTRICT_ADMIN", officer));
        upper.navigate(base + "/annual-returns");
        upper.locator("input[aria-label=统计年度]").fill("2026");
        upper.locator("input[aria-label=统计年度]").press("Enter");
        upper.locator("[data-test=ask]").click();
        var ends = upper.locator(".el-dialog:visible .el-date-editor input");
        ends.fill(LocalDate.now().plusDays(30).toString());
        ends.press("Enter");
        upper.locator(".el-dialog:visible button:has-text('发起')").click();
        assertThat(upper.locator("[data-test=questionnaire]")).containsText("查看问卷填报情况");

        String filler = unique("wd");
        Page page = signedIn(filler, userWithPassword(admin, union, "GRASSROOTS_ADMIN", filler));
        page.navigate(base + "/annual-returns");
        page.locator("input[aria-label=统计年度]").fill("2026");
        page.locator("input[aria-label=统计年度]").press("Enter");
        page.locator("[data-test=questionnaire] a").click();
        page.locator(".el-table__row:has-text('" + unionName + "') button:has-text('填报')").click();
        var dialog = page.locator(".el-dialog:visible");
        NUMBERS.forEach((code, value) -> dialog.locator("[data-test=q-" + code + "] input").fill(value));
        YES_NO.forEach((code, value) -> dialog.locator("[data-test=q-" + code + "] label:has-text('" + value + "')").click());
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/annual-questionnaire.png")).setFullPage(true));
        dialog.locator("button:has-text('提交')").click();
        assertThat(page.locator(".el-message:has-text('已提交')").first()).isVisible();
        assertThat(page.locator(".el-table__row:has-text('" + unionName + "'):has-text('问卷浏览区')")).containsText("14 / 14");

        page.navigate(base + "/annual-returns");
        page.locator("input[aria-label=统计年度]").fill("2026");
        page.locator("input[aria-label=统计年度]").press("Enter");
        page.locator("#pane-returns .el-table__row a:has-text('" + unionName + "')").click();
        assertThat(page.locator("[data-test=answer-J104] input")).hasValue("40");
    }
}

package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;
import org.unionworks.support.Http;
import org.unionworks.support.People;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** An election by the rules through the pages: candidates, the upper union's approval, ballots (保留会籍 refused), the vote, the new term. */
class ElectionBrowserTest extends BrowserTestBase {

    private static void save(Page page, String label) {
        page.locator(".el-dialog:visible button:has-text('" + label + "')").click();
    }

    private static long member(Http api, long union, String name, String idNumber) {
        Map<String, Object> body = new HashMap<>(Map.of("unionId", union, "name", name, "idNumber", idNumber, "joinedOn", "2020-05-01",
                "phone", "13800138000", "ethnicity", "01"));
        var r = api.post("/api/members", body);
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void anElectionRunsFromTheCandidateListToTheNewTerm() {
        var api = admin();
        long district = district(api, unique("选举区"));
        String unionName = unique("纺织厂工会");
        long union = createOrg(api, district, unionName, "GRASSROOTS", "ENTERPRISE");
        long term = api.post("/api/orgs/" + union + "/terms", Map.of("startsOn", LocalDate.now().minusYears(5).plusDays(20).toString(),
                "lengthYears", 5)).json().get("id").asLong();
        api.post("/api/terms/" + term + "/election", Map.of("plannedOn", LocalDate.now().toString(), "approvalNo", "区工发〔2026〕61号",
                "approvedOn", LocalDate.now().minusDays(30).toString()));
        String[] names = {"王一", "李二", "张三", "赵四", "钱五"};
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            ids.add(People.idNumber(LocalDate.of(1985 + i, 6, 1), i % 2 == 0));
            member(api, union, names[i], ids.get(i));
        }
        String reservedId = People.idNumber(LocalDate.of(1970, 1, 1), false);
        long reserved = member(api, union, "孙六", reservedId);
        api.post("/api/members/" + reserved + "/status", Map.of("action", "RESERVE", "on", "2025-03-01", "reason", "失业"));

        Page page = signedIn("admin", ADMIN_PASSWORD);
        page.navigate("http://localhost:" + port + "/elections");
        page.click("[data-test=new-election]");
        Locator dialog = page.locator(".el-dialog:visible");
        dialog.locator(".el-form-item:has-text('工会委员会委员名额') input").fill("3");
        dialog.locator(".el-form-item:has-text('经费审查委员会名额') input").fill("0");
        dialog.locator(".el-form-item:has-text('女职工委员会名额') input").fill("0");
        dialog.locator("[data-test=org-picker]").first().click();
        dialog.locator("[data-test=org-picker] input").first().fill(unionName);
        page.click("li.el-select-dropdown__item:visible:has-text('" + unionName + "')");
        assertThat(dialog.locator("[data-test=election-term]")).containsText("区工发〔2026〕61号");
        save(page, "保存");
        assertThat(page.locator("[data-test=election-status]")).hasText("酝酿预备人选");

        for (int i = 0; i < 4; i++) {
            page.click("[data-test=add-candidate]");
            page.locator(".el-dialog:visible .el-form-item:has-text('身份证号码') input").fill(ids.get(i));
            save(page, "保存");
            assertThat(page.locator("[data-test=candidates-COMMITTEE] .el-table__row")).hasCount(i + 1);
        }
        page.click("[data-test=submit-candidates]");
        assertThat(page.locator("[data-test=election-status]")).hasText("预备人选待上级审查");
        page.click("[data-test=approve-candidates]");
        page.locator(".el-dialog:visible .el-form-item:has-text('批复文号') input").fill("区工发〔2026〕70号");
        save(page, "保存");
        assertThat(page.locator("[data-test=election-status]")).hasText("预备人选已批复");

        page.click("[data-test=issue-ballots]");
        page.locator(".el-dialog:visible textarea").fill( String.join("\n", ids.subList(0, 4)) + "\n" + reservedId);
        save(page, "发放");
        Locator outcome = page.locator("[data-test=ballot-outcome]");
        assertThat(outcome).containsText("本次发放 4 张");
        assertThat(outcome).containsText("孙六保留会籍");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/election-ballots.png")));
        page.locator(".el-dialog:visible button:has-text('取消')").click();
        assertThat(page.locator("[data-test=ballots-issued]")).hasText("4");

        page.click("[data-test=record-result]");
        page.locator(".el-dialog:visible .el-form-item:has-text('收回选票') input").fill("4");
        Locator voteInputs = page.locator("[data-test=vote-table] .el-input-number input");
        int[] votes = {4, 4, 3, 1};
        for (int i = 0; i < votes.length; i++) {
            voteInputs.nth(i).fill(String.valueOf(votes[i]));
        }
        save(page, "保存");
        assertThat(page.locator("[data-test=election-status]")).hasText("已投票，待结果批复");
        assertThat(page.locator("[data-test=candidates-COMMITTEE] .el-table__row:has-text('当选')")).hasCount(3);

        page.click("[data-test=assign-offices]");
        page.locator("[data-test=chair]").click();
        page.click("li.el-select-dropdown__item:visible:has-text('王一')");
        save(page, "保存");
        page.click("[data-test=approve-result]");
        page.locator(".el-dialog:visible .el-form-item:has-text('批复文号') input").fill("区工发〔2026〕80号");
        save(page, "保存");
        assertThat(page.locator("[data-test=election-status]")).hasText("选举结果已批复");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/election.png")));

        var terms = api.get("/api/orgs/" + union + "/terms").json();
        org.assertj.core.api.Assertions.assertThat(terms.get(0).get("termNo").asInt()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(terms.get(0).get("chairName").asString()).isEqualTo("王一");
        org.assertj.core.api.Assertions.assertThat(terms.get(0).get("committee").asString()).isEqualTo("王一、李二、张三");
    }
}

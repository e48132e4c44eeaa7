package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.unionworks.support.BrowserTestBase;
import org.unionworks.support.People;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A selection campaign run in the browser: created by the city, nominated by a grassroots union, publicly noticed, reported. */
class CampaignBrowserTest extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    private Page signIn(String username, String password) {
        Page page = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setLocale("zh-CN")).newPage();
        page.setDefaultTimeout(15_000);
        signIn(page, username, password);
        return page;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private Locator openCampaign(Page page, String campaign) {
        page.navigate(base() + "/honor-campaigns");
        page.click(".el-table__row:has-text('" + campaign + "')");
        return page.locator(".el-card:has-text('推荐候选人')");
    }

    private void decide(Page page, Locator row, String action, String note) {
        row.locator("button:has-text('" + action + "')").click();
        Locator dialog = page.locator(".el-dialog:visible");
        dialog.locator("textarea").fill(note);
        dialog.locator("button:has-text('确定')").click();
        assertThat(page.locator(".el-message:has-text('已办理')").last()).isVisible();
    }

    @Test
    void aCampaignRunsFromNominationToTheRegister() {
        var admin = admin();
        long district = district(admin, unique("评选区"));
        long grassroots = createOrg(admin, district, unique("评选企业工会"), "GRASSROOTS", "ENTERPRISE");
        String unionUser = unique("gu");
        String unionPassword = userWithPassword(admin, grassroots, "GRASSROOTS_ADMIN", unionUser);
        String campaign = unique("省劳模推荐");
        String candidate = unique("王焊工");

        Page city = signIn("admin", ADMIN_PASSWORD);
        city.navigate(base() + "/honor-campaigns");
        city.click("button:has-text('新建评选')");
        Locator create = city.locator(".el-dialog:visible");
        create.locator(".el-form-item:has-text('名称') input").first().fill(campaign);
        create.locator(".quota .el-select").first().click();
        city.click("li.el-select-dropdown__item:visible:has-text('省劳动模范')");
        create.locator(".quota .el-input-number input").fill("3");
        create.locator("button:has-text('保存')").click();
        assertThat(city.locator(".el-card:has-text('推荐候选人')")).containsText("省劳动模范 总 3名");

        Page union = signIn(unionUser, unionPassword);
        openCampaign(union, campaign);
        union.click("button:has-text('推荐候选人')");
        Locator form = union.locator(".el-dialog:visible");
        form.locator(".el-form-item:has-text('候选人') input").fill(candidate);
        form.locator(".el-form-item:has-text('身份证号') input").fill(People.idNumber());
        form.locator(".el-form-item:has-text('工作单位') input").fill("某重工集团");
        form.locator(".el-form-item:has-text('主要事迹') textarea").fill("三十年扎根焊接一线");
        form.locator(".el-form-item:has-text('证明材料') input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "获奖证书.pdf", "application/pdf", "%PDF-1.4 证书".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(form).containsText("获奖证书.pdf");
        form.locator("button:has-text('提交推荐')").click();
        Locator nominated = union.locator(".el-table__row:has-text('" + candidate + "')");
        assertThat(nominated).containsText("区县审核");
        assertThat(nominated).containsText("获奖证书.pdf");

        Locator row = openCampaign(city, campaign).locator(".el-table__row:has-text('" + candidate + "')");
        decide(city, row, "通过", "同意推荐");
        assertThat(row).containsText("市总评审");
        row.locator("button:has-text('退回')").click();
        city.locator(".el-dialog:visible textarea").fill("请补充带徒情况");
        city.locator(".el-dialog:visible button:has-text('确定')").click();
        assertThat(row).containsText("已退回");

        nominated = openCampaign(union, campaign).locator(".el-table__row:has-text('" + candidate + "')");
        nominated.locator("button:has-text('修改重报')").click();
        union.locator(".el-dialog:visible textarea").fill("三十年扎根焊接一线，带出高级技师20名");
        union.locator(".el-dialog:visible button:has-text('重新提交')").click();
        assertThat(nominated).containsText("区县审核");

        row = openCampaign(city, campaign).locator(".el-table__row:has-text('" + candidate + "')");
        decide(city, row, "通过", "同意推荐");
        decide(city, row, "通过", "评审通过，予以公示");
        assertThat(row).containsText("公示");

        Page visitor = browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setLocale("zh-CN")).newPage();
        visitor.navigate(base() + "/public/notices");
        Locator notice = visitor.locator(".el-card:has-text('" + candidate + "')");
        assertThat(notice).containsText("三十年扎根焊接一线");
        notice.locator("button:has-text('提出异议')").click();
        visitor.locator(".el-dialog:visible textarea").fill("反映其带徒人数有出入");
        visitor.locator(".el-dialog:visible button:has-text('提交')").click();
        assertThat(visitor.locator(".el-message:has-text('异议已收到')")).isVisible();
        assertThat(visitor.locator(".el-dialog:visible")).hasCount(0);
        visitor.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/public-notice.png")));

        // The notice period ends, as time would.
        jdbc.update("update nomination set notice_to = ? where name = ?", LocalDate.now().minusDays(1), candidate);
        row = openCampaign(city, campaign).locator(".el-table__row:has-text('" + candidate + "')");
        row.locator("button:has-text('通过')").click();
        city.locator(".el-dialog:visible button:has-text('确定')").click();
        assertThat(city.locator(".el-message:has-text('异议尚未处理')").last()).isVisible();
        city.locator(".el-dialog:visible button:has-text('取消')").click();
        row.locator("[data-test=objections]").click();
        Locator drawer = city.locator(".el-drawer:visible");
        assertThat(drawer).containsText("反映其带徒人数有出入");
        drawer.locator("input").fill("经核实，带徒20名属实");
        drawer.locator("button:has-text('处理')").click();
        assertThat(drawer).containsText("处理结果：经核实，带徒20名属实");
        drawer.locator(".el-drawer__close-btn").click();
        decide(city, row, "通过", "公示无异议");
        decide(city, row, "通过", "审定通过");
        decide(city, row, "通过", "已上报省总工会");
        assertThat(row).containsText("已上报");
        assertThat(city.locator(".el-dialog:visible")).hasCount(0);
        city.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/campaign.png")));
        Locator reported = row;
        var download = city.waitForDownload(() -> reported.locator("button:has-text('审批表')").click());
        try (var form2 = new org.apache.poi.xwpf.usermodel.XWPFDocument(download.createReadStream())) {
            String text = org.unionworks.platform.files.WordTemplates.paragraphs(form2).stream().map(p -> p.getText())
                    .collect(java.util.stream.Collectors.joining("\n"));
            org.assertj.core.api.Assertions.assertThat(text).contains(candidate).contains("带出高级技师20名").contains("审定：审定通过");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        city.navigate(base() + "/honorees");
        assertThat(city.locator("#pane-register .el-table__row:has-text('" + candidate + "')")).containsText(LocalDate.now().getYear() + "年省劳动模范");
    }
}

package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** 系统管理 through the pages alone: an account made, its phone looked up on purpose, the reminders made again. */
class AdminBrowserTest extends BrowserTestBase {

    @Test
    void anAccountIsCreatedItsPhoneRevealedAndTheRemindersRemade() {
        admin();
        Page page = signedIn("admin", ADMIN_PASSWORD);
        page.navigate("http://localhost:" + port + "/users");
        page.click("button:has-text('新建用户')");
        Locator form = page.locator(".el-dialog:visible");
        String username = unique("clerk");
        form.locator(".el-form-item:has-text('用户名') input").fill(username);
        form.locator(".el-form-item:has-text('姓名') input").fill("录入员");
        form.locator(".el-form-item:has-text('手机') input").fill("13912345678");
        form.locator(".el-checkbox:has-text('只读查看')").click();
        form.locator("button:has-text('保存')").click();
        Locator created = page.locator(".el-message-box:visible");
        assertThat(created).containsText("初始密码");
        Matcher password = Pattern.compile("初始密码：(\\S+?)（").matcher(created.innerText());
        org.assertj.core.api.Assertions.assertThat(password.find()).isTrue();
        created.locator("button:has-text('确定'), button:has-text('OK')").first().click();

        page.locator("input[placeholder='用户名或姓名']").fill(username);
        page.click("[data-test=search]");
        Locator row = page.locator(".el-table__row:has-text('" + username + "')");
        assertThat(row).containsText("139****5678");
        row.locator("button:has-text('查看手机号')").click();
        Locator revealed = page.locator(".el-message-box:visible");
        assertThat(revealed).containsText("13912345678");
        assertThat(revealed).containsText("已记入审计日志");
        revealed.locator("button:has-text('确定'), button:has-text('OK')").first().click();

        page.navigate("http://localhost:" + port + "/");
        page.click("[data-test=refresh-reminders]");
        assertThat(page.locator(".el-message:has-text('已重新生成待办提醒')")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/admin-home.png")));

        Page first = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("zh-CN")).newPage();
        first.setDefaultTimeout(15_000);
        first.navigate("http://localhost:" + port + "/login");
        first.fill("input[name=username]", username);
        first.fill("input[name=password]", password.group(1));
        first.click("button:has-text('登录')");
        assertThat(first).hasURL(Pattern.compile("/password$"));
        first.context().close();
        page.context().close();
    }

    /** A role made with one permission, a dictionary entry given a synonym, a training recorded: all in the pages. */
    @Test
    void aRoleADictionarySynonymAndATrainingAreRecordedInThePages() {
        admin();
        Page page = signedIn("admin", ADMIN_PASSWORD);
        String base = "http://localhost:" + port;

        page.navigate(base + "/roles");
        page.click("button:has-text('新建角色')");
        Locator role = page.locator(".el-dialog:visible");
        String code = "CLERK_" + unique("r").replaceAll("\\D", "");
        role.locator(".el-form-item:has-text('代码') input").fill(code);
        role.locator(".el-form-item:has-text('名称') input").fill("资料员" + code);
        role.locator(".el-checkbox").first().click();
        role.locator("button:has-text('保存')").click();
        assertThat(page.locator(".el-table__row:has-text('" + code + "') td").nth(3)).hasText("1");

        page.navigate(base + "/dicts");
        page.locator(".el-menu-item:has-text('学历')").click();
        Locator entry = page.locator(".el-table__row:has-text('大学本科')").first();
        entry.locator("button:has-text('修改')").click();
        Locator dict = page.locator(".el-dialog:visible");
        String synonym = "全日制本科" + unique("x").replaceAll("\\D", "");
        Locator synonyms = dict.locator(".el-form-item:has-text('同义词') input");
        synonyms.fill(synonyms.inputValue().isBlank() ? synonym : synonyms.inputValue() + "、" + synonym);
        dict.locator("button:has-text('保存')").click();
        assertThat(page.locator(".el-table__row:has-text('大学本科')").first()).containsText(synonym);

        page.navigate(base + "/activities");
        page.click("button:has-text('登记活动')");
        Locator activity = page.locator(".el-dialog:visible");
        String topic = unique("工会干部业务培训班");
        activity.locator(".el-form-item:has-text('主题') input").fill(topic);
        activity.locator(".el-form-item:has-text('参加人数') input").fill("45");
        activity.locator("button:has-text('保存')").click();
        assertThat(page.locator(".el-table__row:has-text('" + topic + "')")).containsText("45");
        page.context().close();
    }
}

package org.unionworks.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionworks.support.BrowserTestBase;
import org.unionworks.support.Http;

import com.microsoft.playwright.Page;

/** A cadre's first session in the browser: sign in, change the password, build three levels of unions. */
class UnionTreeBrowserTest extends BrowserTestBase {

    @Test
    void firstLoginChangesPasswordAndBuildsThreeLevels() {
        Http admin = admin();
        String username = unique("cadre");
        var created = admin.post("/api/users", Map.of("username", username, "displayName", "王干事",
                "unionId", 1, "roleIds", List.of(roleId(admin, "CITY_ADMIN"))));
        String initial = created.json().get("initialPassword").asString();
        String district = unique("福田区总工会");
        String town = unique("园岭街道总工会");
        String company = unique("某某科技有限公司工会");

        Page page = browser().newPage(new com.microsoft.playwright.Browser.NewPageOptions()
                .setViewportSize(1280, 800).setLocale("zh-CN"));
        page.setDefaultTimeout(15_000);
        String base = "http://localhost:" + port;

        page.navigate(base + "/orgs");
        assertThat(page).hasURL(base + "/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", initial);
        page.click("button:has-text('登录')");

        assertThat(page).hasURL(base + "/password");
        assertThat(page.locator("text=须先修改密码")).isVisible();
        page.fill("input[name=oldPassword]", initial);
        page.fill("input[name=newPassword]", "Cadre-Pass-2026");
        page.fill("input[name=confirm]", "Cadre-Pass-2026");
        page.click("button:has-text('确定')");
        assertThat(page.locator("text=欢迎，王干事")).isVisible();

        page.click("text=组织建设");
        page.click("li.el-menu-item:has-text('工会组织')");
        assertThat(page.locator(".el-tree-node__content:has-text('市总工会')")).isVisible();
        createChild(page, "市总工会", district, "县（市、区）总工会", null);
        createChild(page, district, town, "镇（街道）总工会", null);
        createChild(page, town, company, "基层工会", "企业工会");

        assertThat(page.locator(".el-table__row:has-text('" + company + "')")).isVisible();
        assertThat(page.locator(".el-tree-node__content:has-text('" + company + "')")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/union-tree.png")).setFullPage(true));

        // at 1280 px the row's actions take one narrow column: 详情, 修改 and 更多 (移动, 撤销, 合并); 状态 and 上级工会 stay in view
        var actions = page.locator(".el-table__header th:has-text('操作')").first().boundingBox();
        for (String column : List.of("状态", "上级工会")) {
            var header = page.locator(".el-table__header th:has-text('" + column + "')").first().boundingBox();
            assertThat(header.x + header.width).as(column + " is not under the action column").isLessThanOrEqualTo(actions.x + 1);
        }
        page.locator(".el-table__row:has-text('" + company + "') [data-test=row-more]").click();
        assertThat(page.locator(".el-dropdown-menu__item:visible:has-text('移动')")).isVisible();
        assertThat(page.locator(".el-dropdown-menu__item:visible:has-text('合并')")).isVisible();
        page.keyboard().press("Escape");
        // a column too narrow for 详情 and 修改 (a longer label, a narrower screen's layout): the links that do not fit
        // move under 更多 one by one, and none is cut off
        var row = page.locator(".el-table__row:has-text('" + company + "')");
        narrowColumn(page, "操作", 110);
        assertThat(row.locator("button:has-text('修改')")).isHidden();
        assertThat(row.locator("button:has-text('详情')")).isVisible();
        assertThat(clippedCells(page)).isEmpty();
        row.locator("[data-test=row-more]").click();
        assertThat(page.locator(".el-dropdown-menu__item:visible:has-text('修改')")).isVisible();
        page.keyboard().press("Escape");
        narrowColumn(page, "操作", 175);
        assertThat(row.locator("button:has-text('修改')")).isVisible();
        double before = page.locator(".el-table").first().boundingBox().width;
        page.click("[data-test=tree-toggle]");
        page.click("[data-test=menu-toggle]");
        assertThat(page.locator(".tree-pane")).isHidden();
        assertThat(page.locator(".aside")).isHidden();
        assertThat(page.locator(".el-table").first().boundingBox().width).as("the table takes the room").isGreaterThan(before + 400);
        page.click("[data-test=menu-toggle]");
        page.click("[data-test=tree-toggle]");
        assertThat(page.locator(".tree-pane")).isVisible();

        var list = admin.get("/api/orgs?q=" + java.net.URLEncoder.encode(company, java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("depth").asInt()).isEqualTo(3);
        assertThat(list.get("items").get(0).get("grassrootsKind").asString()).isEqualTo("ENTERPRISE");
        page.close();
    }

    /** Narrows the cells of a column of the page's table to the width given, as a narrower layout would. */
    private static void narrowColumn(Page page, String header, int width) {
        page.evaluate("""
                ([header, width]) => {
                  const th = [...document.querySelectorAll('.el-table__header th')].find(t => t.textContent.trim() === header)
                  const name = [...th.classList].find(c => /^el-table_\\d+_column_\\d+$/.test(c))
                  let style = document.getElementById('narrow-column')
                  if (!style) document.head.appendChild(style = Object.assign(document.createElement('style'), { id: 'narrow-column' }))
                  style.textContent = 'td.' + name + ' .cell { width: ' + width + 'px !important }'
                }""", List.of(header, width));
    }

    private static void createChild(Page page, String parent, String name, String type, String kind) {
        page.click(".el-tree-node__content:has-text('" + parent + "')");
        assertThat(page.locator("text=当前：" + parent)).isVisible();
        page.click("button:has-text('新建下级工会')");
        var dialog = page.locator(".el-dialog:visible");
        dialog.locator("input[name=name]").fill(name);
        dialog.locator("[data-test=orgType]").click();
        page.click("li.el-select-dropdown__item:visible:has-text('" + type + "')");
        if (kind != null) {
            dialog.locator("[data-test=grassrootsKind]").click();
            page.click("li.el-select-dropdown__item:visible:has-text('" + kind + "')");
        }
        dialog.locator("button:has-text('保存')").click();
        assertThat(page.locator(".el-message:has-text('已保存')").first()).isVisible();
        assertThat(page.locator(".el-dialog:visible")).hasCount(0);
        assertThat(page.locator(".el-tree-node__content:has-text('" + name + "')")).isVisible();
    }
}

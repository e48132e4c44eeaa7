package org.unionworks.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Base of the browser suites: the machine's Chromium for the test class, and signing in as a user does. */
public abstract class BrowserTestBase extends ApiTestBase {

    private static Browsers.Session browsers;

    @BeforeAll
    static void launchBrowser() {
        browsers = Browsers.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (browsers != null) {
            browsers.close();
            browsers = null;
        }
    }

    protected static Browser browser() {
        return browsers.browser();
    }

    /** A page at 1280×800 in Chinese, signed in as {@code username}. */
    protected Page signedIn(String username, String password) {
        Page page = browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("zh-CN")).newPage();
        page.setDefaultTimeout(15_000);
        signIn(page, username, password);
        return page;
    }

    /** Types a date into a form's date field and confirms it, as a cadre does. */
    protected static void date(com.microsoft.playwright.Locator dialog, String field, String value) {
        com.microsoft.playwright.Locator input = dialog.locator(".el-form-item:has-text('" + field + "') input");
        input.fill(value);
        input.press("Enter");
    }

    /** Chooses a 行政区划 in a form's cascader by its names, e.g. 广东省, 深圳市, 南山区. */
    protected static void chooseDivision(Page page, com.microsoft.playwright.Locator formItem, String... names) {
        formItem.locator("[data-test=division-picker] .el-cascader").click();
        for (String name : names) {
            page.locator(".el-cascader-panel:visible .el-cascader-node:has-text('" + name + "')").first().click();
        }
        assertThat(formItem.locator("[data-test=division-picker] input")).hasValue(
                java.util.regex.Pattern.compile(".*" + names[names.length - 1] + "$"));
    }

    /**
     * The table cells on the page whose row actions or status tags are wider than their column (the cell cuts them off, so
     * a cadre sees half a link, or a status trailed by an ellipsis), by the cell's text.
     */
    @SuppressWarnings("unchecked")
    protected static java.util.List<String> clippedCells(Page page) {
        return (java.util.List<String>) page.evaluate("""
                () => [...document.querySelectorAll('.el-table__body .cell')]
                    .filter(c => c.querySelector('button, .el-tag') && c.scrollWidth > c.clientWidth + 1)
                    .map(c => c.textContent.trim())""");
    }

    /** Column headers of the page's tables drawn wider than their cell, which then hides their end (the unit) behind 「…」. */
    @SuppressWarnings("unchecked")
    protected static java.util.List<String> clippedHeaders(Page page) {
        return (java.util.List<String>) page.evaluate("""
                () => [...document.querySelectorAll('.el-table__header .cell')]
                    .filter(c => c.scrollWidth > c.clientWidth + 1)
                    .map(c => c.textContent.trim())""");
    }

    /** Chooses a union in the 所属工会 picker above the visible list (ListShell's union filter), by its name. */
    protected static void chooseUnionAbove(Page page, String unionName) {
        Locator picker = page.locator(".union-filter:visible [data-test=org-picker]");
        picker.click();
        picker.locator("input").fill(unionName);
        page.click("li.el-select-dropdown__item:visible:has-text('" + unionName + "')");
    }

    /** Clears the 所属工会 picker above the visible list: the whole of the user's subtree again. */
    protected static void clearUnionAbove(Page page) {
        Locator picker = page.locator(".union-filter:visible [data-test=org-picker]");
        picker.hover();
        picker.locator(".el-select__clear").click();
    }

    /** Signs in through the login page and waits for the home page's greeting. */
    protected void signIn(Page page, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", password);
        page.click("button:has-text('登录')");
        assertThat(page.locator("text=欢迎")).isVisible();
    }
}

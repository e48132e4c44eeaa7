package org.unionworks.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.microsoft.playwright.Browser;
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

    /** Signs in through the login page and waits for the home page's greeting. */
    protected void signIn(Page page, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", password);
        page.click("button:has-text('登录')");
        assertThat(page.locator("text=欢迎")).isVisible();
    }
}

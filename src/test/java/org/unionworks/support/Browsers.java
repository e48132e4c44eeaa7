package org.unionworks.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Launches the machine's Chromium (never a downloaded one). Missing Chromium or CJK fonts skip
 * the browser tests on a developer machine and fail them in CI.
 */
public final class Browsers {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Browsers() {
    }

    public record Session(Playwright playwright, Browser browser) implements AutoCloseable {
        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    public static Session launch() {
        require(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM);
        require(hasCjkFont(), "no CJK font installed (apt-get install fonts-noto-cjk); Chinese would render as boxes");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        return new Session(playwright, browser);
    }

    private static void require(boolean ok, String problem) {
        if (ok) {
            return;
        }
        if (TestDatabase.ci()) {
            throw new IllegalStateException("CI=true but " + problem);
        }
        Assumptions.abort(problem + "; browser test skipped");
    }

    private static boolean hasCjkFont() {
        try {
            Process p = new ProcessBuilder("fc-list", ":lang=zh").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            return out.contains("CJK");
        } catch (Exception e) {
            return false;
        }
    }
}

package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Debian's Chromium driven by its ChromeDriver, headless, with the browser console recorded. */
final class HeadlessChromium {

    /**
     * Selenium ships DevTools bindings for a few Chrome versions only and warns, at every start, when the installed
     * Chromium is another ("Unable to find CDP implementation matching ..."). These tests drive the browser through
     * WebDriver alone and use no DevTools, so the warning is noise. Kept in fields: the logging framework holds its
     * loggers weakly, and a collected logger would forget its level.
     */
    private static final List<Logger> CDP_WARNINGS = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        CDP_WARNINGS.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private HeadlessChromium() {}

    static ChromeDriver start() {
        return start(new ChromeOptions());
    }

    /** A browser with JavaScript turned off, to see what a page is without its scripts. */
    static ChromeDriver startWithoutScript() {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        return start(options);
    }

    private static ChromeDriver start(ChromeOptions options) {
        options.setBinary(executable("chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1800");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("chromedriver")))
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /** Never skipped: without a browser the test fails and says how to get one. */
    static String executable(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            File candidate = new File(dir, name);
            if (candidate.canExecute()) {
                return candidate.getAbsolutePath();
            }
        }
        return fail(name + " is not installed. The test command installs it through scripts/ensure-test-tools.sh; "
                + "or run: sudo apt-get install -y chromium chromium-driver");
    }

    /** Warnings and errors the pages logged since the last call. */
    static List<String> consoleErrors(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }
}

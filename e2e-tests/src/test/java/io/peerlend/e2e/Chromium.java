package io.peerlend.e2e;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; .ci/run installs them where
 * missing) driven through the gateway, with what the page tests share: typing into a field, logging in on Keycloak's
 * own page, and screenshots for docs/screenshots. Every page a screenshot is taken of is audited first ({@link
 * #audit}): axe-core finds no serious or critical accessibility violation, the page does not scroll sideways, and on a
 * phone every control is a touch target at least 44 px tall.
 */
final class Chromium implements AutoCloseable {

    /** A phone's screen in CSS pixels (an iPhone 14's, 390 × 844), as Chromium's mobile emulation presents it. */
    static final int PHONE_WIDTH = 390;

    static final int PHONE_HEIGHT = 844;
    static final int TOUCH_TARGET_PX = 44;
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    static final String CHROMIUM = System.getProperty("peerlend.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("peerlend.chromedriver", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;

    private final boolean phone;

    Chromium(String base) {
        this(base, false);
    }

    /** A phone: a small touch screen, a mobile user agent; screenshots are named {@code phone-…}. */
    static Chromium phone(String base) {
        return new Chromium(base, true);
    }

    private Chromium(String base, boolean phone) {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("browser tests need Chromium and its driver at " + CHROMIUM + " and "
                    + DRIVER + ": apt-get install chromium chromium-driver (.ci/run does this on CI)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--lang=en-GB");
        if (phone) {
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of(
                            "deviceMetrics",
                            Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 2.0, "touch", true),
                            "userAgent",
                            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                                    + " Chrome/131.0.0.0 Mobile Safari/537.36"));
        }
        this.phone = phone;
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /**
     * Clicks a form's button and waits until the answer page has replaced this one: the request has then been
     * answered, so closing the browser next cannot cut it off (a plain click may return while it is in flight).
     */
    void submit(String id) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        button.click();
        wait.until(ExpectedConditions.stalenessOf(button));
        List<String> refusals = driver.findElements(By.cssSelector("[role=alert]")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
        if (!refusals.isEmpty()) {
            throw new AssertionError("the page refused " + id + ": " + refusals);
        }
    }

    /** Signs in on Keycloak's login page (where the web client sends the browser) and waits to be back. */
    void logIn(String user, String password) {
        click("login");
        try {
            find(By.id("username"));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "no Keycloak login page at " + driver.getCurrentUrl() + ": "
                            + driver.findElement(By.tagName("body")).getText(),
                    e);
        }
        type("username", user);
        type("password", password);
        click("kc-login");
        wait.until(ExpectedConditions.urlContains("/app"));
    }

    /** Picks the option with this value in a drop-down list. */
    void choose(String id, String value) {
        new Select(find(By.id(id))).selectByValue(value);
    }

    /** The path (and query) the browser is on, without the gateway's address. */
    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    String text(String id) {
        return find(By.id(id)).getText();
    }

    /** Audits the page ({@link #audit}) and saves what the browser shows as docs/screenshots/{name}.png. */
    void screenshot(String name) {
        audit();
        String file = (phone ? "phone-" : "") + name + ".png";
        Path target = Path.of(System.getProperty("peerlend.home", "..")).resolve("docs/screenshots/" + file);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page as a phone user or a screen-reader user meets it: no serious or critical axe-core violation of WCAG 2.2
     * A/AA, no sideways scrolling of the page (a wide table scrolls inside its own box), and on a phone every button,
     * field and navigation link at least {@value #TOUCH_TARGET_PX} px tall (a check box or radio button through its
     * label).
     */
    void audit() {
        String page = path();
        Results axe = new AxeBuilder().withTags(WCAG).analyze(driver);
        List<String> violations = axe.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Chromium::describe)
                .toList();
        if (!violations.isEmpty()) {
            throw new AssertionError("accessibility violations on " + page + ": " + violations);
        }
        Number overflow = (Number) script().executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow.intValue() > 0) {
            throw new AssertionError(page + " scrolls sideways by " + overflow + " px");
        }
        if (phone) {
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) script().executeScript(SMALL_TARGETS, TOUCH_TARGET_PX);
            if (!small.isEmpty()) {
                throw new AssertionError("touch targets under " + TOUCH_TARGET_PX + " px on " + page + ": " + small);
            }
        }
    }

    /** Visible controls whose touch target is shorter than arguments[0] px. */
    private static final String SMALL_TARGETS = """
            const small = [];
            document.querySelectorAll('button, select, textarea, input:not([type=hidden]), a.button,'
                + ' header.site nav a, .subnav a, .actions a').forEach((e) => {
              const target = (e.type === 'checkbox' || e.type === 'radio') ? (e.closest('label') || e) : e;
              const box = target.getBoundingClientRect();
              if (box.width > 0 && box.height > 0 && box.height < arguments[0] - 0.5) {
                small.push(e.outerHTML.substring(0, 90) + ' (' + Math.round(box.height) + ' px)');
              }
            });
            return small;
            """;

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + ": " + rule.getHelp() + ") at "
                + rule.getNodes().stream()
                        .limit(3)
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
    }

    /**
     * Cuts the browser off the network, as a phone losing its signal: the page and its service worker both (the
     * worker is its own DevTools target, reached through the page's session).
     */
    void goOffline() {
        network(true);
    }

    void goOnline() {
        network(false);
    }

    private void network(boolean offline) {
        Map<String, Object> conditions =
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1);
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", conditions);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> targets = (List<Map<String, Object>>)
                driver.executeCdpCommand("Target.getTargets", Map.of()).get("targetInfos");
        for (Map<String, Object> target : targets) {
            if ("service_worker".equals(target.get("type"))) {
                String session = (String) driver.executeCdpCommand(
                                "Target.attachToTarget", Map.of("targetId", target.get("targetId"), "flatten", false))
                        .get("sessionId");
                int id = 1;
                for (String message : List.of(
                        "{\"id\":" + id++ + ",\"method\":\"Network.enable\",\"params\":{}}",
                        "{\"id\":" + id + ",\"method\":\"Network.emulateNetworkConditions\",\"params\":{\"offline\":"
                                + offline + ",\"latency\":0,\"downloadThroughput\":-1,\"uploadThroughput\":-1}}")) {
                    driver.executeCdpCommand(
                            "Target.sendMessageToTarget", Map.of("sessionId", session, "message", message));
                }
            }
        }
    }

    JavascriptExecutor script() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}

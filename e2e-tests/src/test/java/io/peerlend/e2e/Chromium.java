package io.peerlend.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
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
 * own page, and screenshots for docs/screenshots.
 */
final class Chromium implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("peerlend.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("peerlend.chromedriver", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;

    Chromium(String base) {
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

    /** Saves what the browser shows as docs/screenshots/{name}.png. */
    void screenshot(String name) {
        Path target = Path.of(System.getProperty("peerlend.home", "..")).resolve("docs/screenshots/" + name + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

package io.suanli.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What every browser test shares: one headless Chromium per test class, and on failure a screenshot and the page
 * source in {@code target/screenshots}, to see what the browser saw.
 */
abstract class BrowserTest {

    static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browsers.chromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** No script, handler or style the page needed was refused by the Content-Security-Policy. */
    @org.junit.jupiter.api.AfterEach
    void nothingWasRefusedByTheContentSecurityPolicy() {
        java.util.List<String> refused = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
        org.junit.jupiter.api.Assertions.assertTrue(refused.isEmpty(), "refused by the CSP: " + refused);
    }

    /**
     * Picks an item of a PrimeFaces select menu as a person does, and waits until the menu shows it; the panel may
     * still be opening or closing (animations, ajax updates), so a click that did not take — or landed on the fixed
     * header while the panel was still moving — is tried again. The menu is first scrolled to the middle of the window
     * (scrolling while the panel is open would close it).
     */
    static void selectOne(WebDriverWait wait, String id, String label) {
        for (int attempt = 1; ; attempt++) {
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))));
            try {
                wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
                wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + id + "_items']//li[contains(@data-label, '" + label + "')]")))
                        .click();
                new WebDriverWait(browser, Duration.ofSeconds(5))
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.ElementNotInteractableException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Logs whoever is logged in out, then logs in on the login page and waits until the browser has left it. */
    static void logIn(String user, String password) {
        logOut();
        browser.get(Deployments.BASE + "/login");
        browser.findElement(By.id("loginForm:username")).sendKeys(user);
        browser.findElement(By.id("loginForm:password")).sendKeys(password);
        browser.findElement(By.id("loginForm:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Replaces the text of a field as a person does (select all, type, leave the field), once it can be clicked. */
    static void type(String id, String value) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.id(id)))
                .sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), value, org.openqa.selenium.Keys.TAB);
    }

    /** Logs out as a user does (the confirmation page's POST form), then forgets every cookie. */
    static void logOut() {
        browser.get(Deployments.BASE + "/logout.xhtml");
        java.util.List<org.openqa.selenium.WebElement> confirm = browser.findElements(org.openqa.selenium.By.id("logoutConfirm"));
        if (!confirm.isEmpty()) {
            confirm.get(0).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("loginLink")));
        }
        browser.manage().deleteAllCookies();
    }

    @RegisterExtension
    final TestWatcher onFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            String name = "failed-" + context.getRequiredTestMethod().getName();
            Browsers.screenshot(browser, name);
            try {
                Files.writeString(Path.of("target", "screenshots", name + ".html"), browser.getPageSource());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    };
}

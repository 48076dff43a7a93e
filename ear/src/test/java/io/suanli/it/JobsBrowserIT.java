package io.suanli.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The batch job page of the system console (S7) in headless Chromium: a system administrator starts the dev profile's
 * sleeping job with a parameter, watches the progress bar move without reloading, and sees it completed.
 */
@ServerTest
@RunAsClient
class JobsBrowserIT extends BrowserTest {

    @Test
    void anAdministratorStartsAJobAndWatchesItsProgress() throws Exception {
        JobsIT.awaitIdle(new Http(), LedgerIT.admin(), "dev-sleep");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(Deployments.BASE + "/login");
        browser.findElement(By.id("loginForm:username")).sendKeys("admin");
        browser.findElement(By.id("loginForm:password")).sendKeys("Admin@2026");
        browser.findElement(By.id("loginForm:submit")).click();
        wait.until(ExpectedConditions.urlContains("/console/system/"));
        browser.findElement(By.id("menu-jobs")).click();
        wait.until(ExpectedConditions.urlContains("/console/system/jobs.xhtml"));
        assertTrue(browser.getPageSource().contains("expiry-reminders"));

        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space(.)='dev-sleep']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#jobsForm h2"), "dev-sleep"));
        browser.findElement(By.id("jobsForm:params")).sendKeys("seconds=8");
        browser.findElement(By.id("jobsForm:start")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#jobsForm\\:executions .ui-progressbar")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jobsForm:executions"), "运行中"));
        Browsers.screenshot(browser, "jobs-running");
        new WebDriverWait(browser, Duration.ofSeconds(40)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#jobsForm\\:executions tbody tr:first-child"), "已完成"));
        assertTrue(browser.findElement(By.cssSelector("#jobsForm\\:executions tbody tr:first-child .ui-progressbar")).getText().contains("100%"));
        assertTrue(browser.findElement(By.id("jobsForm:executions")).getText().contains("seconds=8"));
        Browsers.screenshot(browser, "jobs-completed");
    }
}

package io.suanli.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The system administrator's SDR journey in headless Chromium (S7): upload a file in the system console, watch its
 * import run to the end (progress bar at 100 %, status imported, counts) and read its bad lines with line numbers and
 * reasons, without reloading the page.
 */
@ServerTest
@RunAsClient
class SdrBrowserIT extends BrowserTest {

    @BeforeAll
    static void product() throws Exception {
        SdrImportIT.product();
    }

    @AfterEach
    void resetClock() throws Exception {
        new OrderIT().resetClock();
    }

    @Test
    void anAdministratorUploadsAFileAndWatchesItsImportAndItsBadLines() throws Exception {
        SdrImportIT scenario = new SdrImportIT();
        OrderIT.Customer c = scenario.orders.customer("500.00", "0.00");
        String pool = scenario.payg(c)[1];
        scenario.orders.clock("2026-07-01T05:00:00Z");
        String p = "b" + System.nanoTime() + "-";
        StringBuilder s = new StringBuilder();
        for (int h = 0; h < 4; h++) {
            for (int i = 0; i < 30; i++) {
                s.append(SdrImportIT.line(p + h + "-" + i, "20", pool, "10" + h, "0.05")).append('\n');
            }
        }
        s.append(SdrImportIT.line(p + "bad", "20", "no-such-pool", "101", "1")).append('\n');      // line 121
        s.append(SdrImportIT.line(p + "neg", "20", pool, "101", "-2")).append('\n');              // line 122
        Path file = Files.createTempDirectory("sdr").resolve("browser-hcso_20260701050000_" + (System.nanoTime() % 100000) + ".sdr");
        Files.writeString(file, s);

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(Deployments.BASE + "/login");
        browser.findElement(By.id("loginForm:username")).sendKeys("admin");
        browser.findElement(By.id("loginForm:password")).sendKeys("Admin@2026");
        browser.findElement(By.id("loginForm:submit")).click();
        wait.until(ExpectedConditions.urlContains("/console/"));
        browser.get(Deployments.BASE + "/console/system/sdr.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sdrForm:upload_input"))).sendKeys(file.toString());

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("selectedStatus"), "已导入"));
        Browsers.screenshot(browser, "sdr-imported");
        assertTrue(browser.findElement(By.id("sdrForm:selectedProgress")).getText().contains("100%"),
                browser.findElement(By.id("sdrForm:selectedProgress")).getText());
        assertEquals("120 (其中更正 0)", browser.findElement(By.id("selectedRecords")).getText());
        assertEquals("2", browser.findElement(By.id("selectedErrors")).getText());
        String errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sdrForm:errors"))).getText();
        assertTrue(errors.contains("121") && errors.contains("未知资源"), errors);
        assertTrue(errors.contains("122") && errors.contains("用量为负"), errors);
        String files = browser.findElement(By.id("sdrForm:files")).getText();
        assertTrue(files.contains(file.getFileName().toString()) && files.contains("已导入"), files);
    }
}

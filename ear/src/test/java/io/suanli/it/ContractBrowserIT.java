package io.suanli.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract journey in headless Chromium (O9): sales enters a contract for an onboarded customer in 合同管理 (a
 * draft), puts it in force and uploads its signed PDF, and the customer finds it in 我的合同 with its credit line and its
 * file, its limit raised.
 */
@ServerTest
@RunAsClient
class ContractBrowserIT extends BrowserTest {

    final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

    @Test
    void salesPutsAContractInForceAndTheCustomerSeesIt() throws Exception {
        TestCustomers.Onboarded c = TestCustomers.onboard("合同浏览器测试有限公司", "0.00");
        String no = "HTB" + System.nanoTime() % 1_000_000_000L;
        LocalDate today = LocalDate.now(ContractIT.ZONE);

        logIn("sales", "Sales@2026");
        browser.findElement(By.id("menu-contracts")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#contractsForm\\:newContract .ui-panel-titlebar-icon"))).click();
        type("contractsForm:customerId", c.id());
        type("contractsForm:contractNo", no);
        type("contractsForm:creditLine", "20000.00");
        date("contractsForm:startsOn", today.minusDays(1));
        date("contractsForm:endsOn", today.plusDays(20));
        browser.findElement(By.id("contractsForm:create")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contractsForm:messages"), "合同已保存为草稿"));
        By activate = By.xpath("//tbody[@id='contractsForm:contracts_data']/tr[td[2][contains(., '" + no + "')]]//button[contains(@id, 'activate')]");
        wait.until(ExpectedConditions.elementToBeClickable(activate)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contractsForm:messages"), "合同已生效"));
        java.nio.file.Path pdf = java.nio.file.Files.createTempDirectory("contract").resolve("contract-" + no + ".pdf");
        java.nio.file.Files.write(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        By upload = By.xpath("//tbody[@id='contractsForm:contracts_data']/tr[td[2][contains(., '" + no + "')]]//input[@type='file']");
        wait.until(ExpectedConditions.presenceOfElementLocated(upload)).sendKeys(pdf.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contractsForm:messages"), "合同文件已上传"));
        Browsers.screenshot(browser, "contract-1-in-force");

        logIn(c.username(), TestUsers.PASSWORD);
        browser.findElement(By.id("menu-contracts")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contractsForm:contracts"), no));
        String row = browser.findElement(By.id("contractsForm:contracts")).getText();
        assertTrue(row.contains("¥20,000.00") && row.contains("生效中"), row);
        String href = browser.findElement(By.linkText("contract-" + no + ".pdf")).getAttribute("href");
        assertTrue(href.contains("/console/files/"), "the customer's link to its contract's file: " + href);
        assertEquals("20000.00", TestUsers.string("select credit_limit from account where customer_id = " + c.id()));
        Browsers.screenshot(browser, "contract-2-customer");
    }

    /** Sets a date picker through its widget, as picking the day in its calendar does (typing into two pickers in a row loses the second). */
    static void date(String id, LocalDate day) {
        String widget = "widget_" + id.replace(':', '_');
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("PrimeFaces.widgets[arguments[0]].setDate(new Date(arguments[1], arguments[2], arguments[3]));",
                widget, day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    }
}

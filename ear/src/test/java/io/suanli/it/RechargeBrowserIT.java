package io.suanli.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recharge journey in headless Chromium (U8): a customer asks for a payment code in the account center, pays on
 * the simulated channel's page in another tab, and sees — without reloading — the recharge credited, the cash balance
 * and the ledger line.
 */
@ServerTest
@RunAsClient
class RechargeBrowserIT extends BrowserTest {

    @Test
    void aCustomerRechargesThroughTheSimulatorAndSeesTheBalanceAndTheLedgerLine() throws Exception {
        TestCustomers.Registered customer = TestCustomers.register("PERSONAL");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(Deployments.BASE + "/login");
        browser.findElement(By.id("loginForm:username")).sendKeys(customer.username());
        browser.findElement(By.id("loginForm:password")).sendKeys(TestCustomers.PASSWORD);
        browser.findElement(By.id("loginForm:submit")).click();
        wait.until(ExpectedConditions.urlContains("/console/"));
        browser.get(Deployments.BASE + "/console/user/account.xhtml");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("accountForm:rechargeAmount"))).sendKeys("66.60");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='accountForm:rechargeChannel']//*[contains(@class,'ui-button') and contains(normalize-space(.),'支付宝')]"))).click();
        browser.findElement(By.id("accountForm:rechargeButton")).click();
        String rechargeNo = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rechargeNo"))).getText();
        assertTrue(rechargeNo.matches("R\\d{22}"), rechargeNo);
        assertEquals("待支付", browser.findElement(By.id("rechargeStatus")).getText());
        assertTrue(browser.findElement(By.cssSelector(".recharge-pay .qr svg")).isDisplayed(), "the QR code is shown");
        Browsers.screenshot(browser, "recharge-qr");
        String payUrl = browser.findElement(By.id("accountForm:payLink")).getAttribute("href");

        String console = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(payUrl);
        assertEquals("¥66.60", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("amount"))).getText());
        browser.findElement(By.id("payForm:pay")).click();
        wait.until(ExpectedConditions.textToBe(By.id("state"), "已支付"));
        Browsers.screenshot(browser, "recharge-simulator-paid");
        browser.close();
        browser.switchTo().window(console);

        wait.until(ExpectedConditions.textToBe(By.id("rechargeStatus"), "已到账"));
        wait.until(ExpectedConditions.textToBe(By.id("cash"), "¥66.60"));
        String table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accountForm:transactions"))).getText();
        assertTrue(table.contains("支付宝") && table.contains("66.60"), table);
        Browsers.screenshot(browser, "recharge-credited");
    }
}

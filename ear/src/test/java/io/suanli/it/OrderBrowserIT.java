package io.suanli.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The order journey in headless Chromium (U3–U5, O6): a customer orders on the portal and pays in the console,
 * operations accept with back-filled resource information, the resource is active, the customer previews and
 * requests an unsubscription, operations approve it, and the refund shows in the customer's transaction details.
 */
@ServerTest
@RunAsClient
class OrderBrowserIT extends BrowserTest {

    WebDriverWait wait;

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    void confirmDialog() {
        click(By.cssSelector(".ui-confirmdialog-yes"));
    }

    @Test
    void orderPayAcceptUnsubscribeAndSeeTheRefund() throws Exception {
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        TestCatalog.Built catalog = TestCatalog.build(true, "1500.00", "2.500000");
        Http http = new Http();
        TestCustomers.Onboarded onboarded = TestCustomers.onboard("旅程测试有限公司", "5000.00");
        String user = onboarded.username();
        String customerId = onboarded.id();

        // the customer orders on the portal and pays in the console
        logIn(user, TestUsers.PASSWORD);
        browser.get(Deployments.BASE + "/products/" + catalog.product() + "/buy?spec=" + catalog.spec() + "&nodes=2&mode=PREPAID_MONTHLY&periods=1");
        assertEquals("¥3,000.00", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("buyPayable"))).getText());
        click(By.id("buyForm:place"));
        wait.until(ExpectedConditions.urlContains("/console/user/order.xhtml"));
        String orderNo = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orderNo"))).getText();
        assertEquals("待支付", browser.findElement(By.id("orderStatus")).getText());
        click(By.id("orderForm:pay"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-confirm-dialog"), "¥3,000.00"));
        confirmDialog(); // paying is asked first, with the amount
        wait.until(ExpectedConditions.textToBe(By.id("orderStatus"), "待受理"));
        assertEquals("现金余额 ¥3,000.00", browser.findElement(By.id("paymentSplit")).getText());
        Browsers.screenshot(browser, "order-paid");

        // operations accept from the queue, back-filling the resource information
        logIn("ops", "Ops@2026");
        browser.get(Deployments.BASE + "/console/ops/orders.xhtml?status=AWAITING_ACCEPTANCE");
        click(By.linkText(orderNo));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orderForm:pool"))).sendKeys("pool-journey-01");
        browser.findElement(By.id("orderForm:url")).sendKeys("https://console.hcso.example/modelarts/pool-journey-01");
        browser.findElement(By.id("orderForm:extra")).sendKeys("region=cn-south-1");
        click(By.id("orderForm:accept"));
        confirmDialog();
        wait.until(ExpectedConditions.textToBe(By.id("orderStatus"), "已完成"));
        Browsers.screenshot(browser, "order-accepted");

        // the customer sees the active resource, previews and asks for the unsubscription
        logIn(user, TestUsers.PASSWORD);
        browser.get(Deployments.BASE + "/console/user/resources.xhtml");
        String table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resourcesForm:resources"))).getText();
        assertTrue(table.contains("运行中") && table.contains(catalog.spec()), table);
        click(By.cssSelector("#resourcesForm\\:resources a[href*='resource.xhtml']"));
        assertEquals("pool-journey-01", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pool"))).getText());
        click(By.id("resourceForm:previewUnsubscribe"));
        String refund = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("previewRefund"))).getText();
        assertTrue(refund.startsWith("¥2,9"), refund);
        Browsers.screenshot(browser, "unsubscribe-preview");
        click(By.id("resourceForm:confirm"));
        String request = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("requestedOrder"))).getText();
        String unsubscribeNo = request.substring(request.lastIndexOf(' ') + 1);

        // operations approve; the refund is posted
        logIn("ops", "Ops@2026");
        browser.get(Deployments.BASE + "/console/ops/order.xhtml?no=" + unsubscribeNo);
        click(By.id("orderForm:approve"));
        confirmDialog();
        wait.until(ExpectedConditions.textToBe(By.id("orderStatus"), "已完成"));

        // the refund is in the customer's transaction details, and the resource is unsubscribed
        logIn(user, TestUsers.PASSWORD);
        browser.get(Deployments.BASE + "/console/user/account.xhtml");
        String lines = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accountForm:transactions"))).getText();
        assertTrue(lines.contains("退款") && lines.contains(refund.substring(1)), lines);
        Browsers.screenshot(browser, "refund-in-transactions");
        browser.get(Deployments.BASE + "/console/user/resources.xhtml");
        assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resourcesForm:resources"))).getText().contains("已退订"));
    }
}

package io.suanli.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The marketing center in headless Chromium (O5, U3): operations refuse a bad rate and create, then end, a discount for
 * one customer; create a coupon batch and grant it to that customer; the customer sees the count in the account center
 * and the coupon under 优惠券. Everything is scoped to a customer registered here, so other tests' prices do not move.
 */
@ServerTest
@RunAsClient
class MarketingBrowserIT extends BrowserTest {

    final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

    @Test
    void operationsGrantACouponBatchAndTheCustomerSeesItUnderCoupons() throws Exception {
        TestCustomers.Registered customer = TestCustomers.register("PERSONAL");
        String customerId = TestUsers.string("select customer_id from user_account where username = '" + customer.username() + "'");
        logOut();
        logIn("ops", "Ops@2026");

        browser.get(Deployments.BASE + "/console/ops/marketing.xhtml");
        assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("marketingForm:stacking"))).isDisplayed());
        String discount = "浏览器客户9折-" + customerId;
        type("marketingForm:name", discount);
        selectOne(wait, "marketingForm:scope", "指定客户");
        type("marketingForm:customerId", customerId);
        type("marketingForm:rate", "1.50");
        type("marketingForm:from_input", "2020-01-01");
        browser.findElement(By.id("marketingForm:create")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("marketingForm:messages"), "折扣率"));
        assertEquals(0, TestUsers.count("select count(*) from discount where name = '" + discount + "'"), "a bad rate writes nothing");
        type("marketingForm:rate", "0.90");
        browser.findElement(By.id("marketingForm:create")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("marketingForm:messages"), "折扣已创建"));
        By row = By.xpath("//tbody[@id='marketingForm:discounts_data']/tr[td[1]='" + discount + "']");
        assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(row)).getText().contains("生效中"));
        Browsers.screenshot(browser, "marketing-discounts");
        browser.findElement(row).findElement(By.xpath(".//button[contains(@id, ':preview')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("marketingForm:previewPanel"), "覆盖客户"));
        assertTrue(browser.findElement(By.id("marketingForm:previewPanel")).getText().contains(discount), "the preview names the discount");
        browser.findElement(row).findElement(By.xpath(".//button[contains(@id, ':end')]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "已结束"));

        browser.get(Deployments.BASE + "/console/ops/coupon-batches.xhtml");
        String batch = "浏览器满500减50-" + customerId;
        type("batchesForm:batchName", batch);
        type("batchesForm:quantity_input", "3");
        type("batchesForm:threshold", "500.00");
        type("batchesForm:amountOff", "50.00");
        assertTrue(browser.findElement(By.id("batchesForm:batchTo_input")).getAttribute("value").matches("\\d{4}-\\d{2}-\\d{2}"),
                "valid for a year from today unless chosen");
        browser.findElement(By.id("batchesForm:createBatch")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batchesForm:messages"), "批次已创建"));
        By batchRow = By.xpath("//tbody[@id='batchesForm:batches_data']/tr[td[1]='" + batch + "']");
        WebElement r = wait.until(ExpectedConditions.visibilityOfElementLocated(batchRow));
        assertTrue(r.getText().contains("满 ¥500.00 减 ¥50.00") && r.getText().contains("0 / 3"), r.getText());
        r.findElement(By.xpath(".//button")).click();
        type("batchesForm:customerIds", "x" + customerId);
        browser.findElement(By.id("batchesForm:doGrant")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batchesForm:messages"), "不是客户 ID"));
        type("batchesForm:customerIds", customerId);
        browser.findElement(By.id("batchesForm:doGrant")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batchesForm:messages"), "已发放 1 张"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(batchRow, "1 / 3"));
        Browsers.screenshot(browser, "marketing-batch-granted");

        logOut();
        logIn(customer.username(), TestCustomers.PASSWORD);
        browser.get(Deployments.BASE + "/console/user/account.xhtml");
        WebElement count = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("usableCoupons")));
        assertEquals("1", count.getText());
        count.click();
        WebElement usable = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("couponsForm:tabs:usable")));
        assertTrue(usable.getText().contains(batch) && usable.getText().contains("满 ¥500.00 减 ¥50.00") && usable.getText().contains("可使用"),
                usable.getText());
        Browsers.screenshot(browser, "user-coupons");
    }
}

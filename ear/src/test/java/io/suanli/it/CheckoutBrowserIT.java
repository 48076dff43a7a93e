package io.suanli.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;

import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The order form's "确认优惠" step in headless Chromium (U3): a customer holding a 满1000减100 coupon, a 满5000减500
 * coupon it cannot use on this order and a ¥50.00 cash coupon finds the best combination preselected (3,000.00 − 100.00
 * − 50.00 = ¥2,850.00), the other coupon disabled with its reason, prices again without the coupon (¥2,950.00), then
 * with it, places the order, and the order page shows the breakdown. The batches are limited to a product built here.
 */
@ServerTest
@RunAsClient
class CheckoutBrowserIT extends BrowserTest {

    final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    final Http http = new Http();

    @Test
    void theBestCouponAndCashCouponArePreselectedAndTheOrderKeepsTheBreakdown() throws Exception {
        TestCatalog.Built catalog = TestCatalog.build(true, "1500.00", "2.500000");
        TestCustomers.Onboarded onboarded = TestCustomers.onboard("结算测试有限公司", "5000.00");
        String user = onboarded.username();
        String customerId = onboarded.id();
        String small = grant(catalog, customerId, "\"kind\":\"COUPON\",\"name\":\"满1000减100-" + customerId + "\",\"quantity\":1,\"amountOff\":\"100.00\",\"threshold\":\"1000.00\"");
        String big = grant(catalog, customerId, "\"kind\":\"COUPON\",\"name\":\"满5000减500-" + customerId + "\",\"quantity\":1,\"amountOff\":\"500.00\",\"threshold\":\"5000.00\"");
        grant(catalog, customerId, "\"kind\":\"DEDUCTION_CASH_COUPON\",\"name\":\"抵扣50-" + customerId + "\",\"quantity\":1,\"faceValue\":\"50.00\"");

        logOut();
        browser.get(Deployments.BASE + "/login");
        browser.findElement(By.id("loginForm:username")).sendKeys(user);
        browser.findElement(By.id("loginForm:password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("loginForm:submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get(Deployments.BASE + "/products/" + catalog.product() + "/buy?spec=" + catalog.spec() + "&nodes=2&mode=PREPAID_MONTHLY&periods=1");

        assertEquals("¥2,850.00", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("buyPayable"))).getText());
        assertEquals("−¥100.00", browser.findElement(By.id("buyCoupon")).getText());
        assertEquals("−¥50.00", browser.findElement(By.id("buyCashCoupon")).getText());
        assertTrue(browser.findElement(By.id("coupon-" + small)).isSelected(), "the coupon saving most is preselected");
        assertFalse(browser.findElement(By.id("coupon-" + big)).isEnabled(), "a coupon below its threshold cannot be chosen");
        String coupons = browser.findElement(By.id("buyCoupons")).getText();
        assertTrue(coupons.contains("门槛"), coupons);
        Browsers.screenshot(browser, "checkout-best");

        browser.findElement(By.cssSelector("#buyCoupons input[value='none']")).click();
        browser.findElement(By.id("reprice")).click();
        wait.until(ExpectedConditions.textToBe(By.id("buyPayable"), "¥2,950.00"));
        assertEquals("−¥0.00", browser.findElement(By.id("buyCoupon")).getText());

        wait.until(ExpectedConditions.elementToBeClickable(By.id("coupon-" + small))).click();
        browser.findElement(By.id("reprice")).click();
        wait.until(ExpectedConditions.textToBe(By.id("buyPayable"), "¥2,850.00"));
        browser.findElement(By.id("buyForm:place")).click();
        wait.until(ExpectedConditions.urlContains("/console/user/order.xhtml"));
        assertEquals("¥2,850.00", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orderPayable"))).getText());
        assertEquals("¥100.00", browser.findElement(By.id("orderCoupon")).getText());
        assertEquals("¥50.00", browser.findElement(By.id("orderCashCoupon")).getText());
        assertEquals("待支付", browser.findElement(By.id("orderStatus")).getText());
        Browsers.screenshot(browser, "checkout-order");
    }

    /** Creates a one-grant batch limited to the product and grants it to the customer; answers the grant's id. */
    String grant(TestCatalog.Built catalog, String customerId, String fields) throws Exception {
        HttpResponse<String> b = http.json("POST", "/api/v1/ops/marketing/batches", "{\"productCode\":\"" + catalog.product()
                + "\",\"validFrom\":\"2020-01-01T00:00:00Z\",\"validTo\":\"2099-01-01T00:00:00Z\"," + fields + "}", "Authorization", TestCatalog.ops());
        assertEquals(201, b.statusCode(), b.body());
        HttpResponse<String> g = http.json("POST", "/api/v1/ops/marketing/batches/" + parse(b.body()).getString("id") + "/grants",
                "{\"customerIds\":[\"" + customerId + "\"]}", "Authorization", TestCatalog.ops());
        assertEquals(200, g.statusCode(), g.body());
        return parse(g.body()).getJsonArray("grantIds").getString(0);
    }
}

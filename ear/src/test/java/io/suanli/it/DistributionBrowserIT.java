package io.suanli.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The distribution journey in headless Chromium (U11, O7): a verified customer applies in 分销中心, distribution
 * operations approve it with a level in 分销商中心, the distributor copies its invite link, a newcomer registers with
 * that link, consumes, and the distributor sees the customer (masked) and the commission line.
 */
@ServerTest
@RunAsClient
class DistributionBrowserIT extends BrowserTest {

    final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    final Http http = new Http();

    @Test
    void aCustomerAppliesIsApprovedInvitesANewcomerAndSeesItsCommission() throws Exception {
        String n = String.valueOf(System.nanoTime() % 1_000_000_000L);
        assertEquals(201, http.json("POST", "/api/v1/ops/distribution/levels", "{\"code\":\"BR" + n + "\",\"name\":\"浏览器金牌" + n
                + "\",\"tier\":1,\"commissionRate\":\"0.10\",\"overrideRate\":\"0.03\"}", "Authorization", DistributionIT.distops()).statusCode());
        String company = "浏览器渠道" + n + "有限公司";
        TestCustomers.Onboarded d = TestCustomers.onboard(company, "0.00");

        logOut();
        logIn(d.username(), TestUsers.PASSWORD);
        browser.findElement(By.id("menu-distribution")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("distributionForm:apply")));
        browser.findElement(By.id("distributionForm:apply")).click();
        // the ajax update replaces the form's inputs: look the field up again on each poll
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(b -> b.findElement(By.id("distributionForm:profile")).getAttribute("class").contains("ui-state-error"));
        assertEquals(0, TestUsers.count("select count(*) from distributor_application where customer_id = " + d.id()), "nothing kept");
        type("distributionForm:profile", "华南高校算力渠道");
        type("distributionForm:channels", "线下直销");
        type("distributionForm:contactName", "陈经理");
        type("distributionForm:contactMobile", "13700137000");
        browser.findElement(By.id("distributionForm:apply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("distributionForm:messages"), "申请已提交"));
        assertEquals("待审核", browser.findElement(By.id("applicationStatus")).getText());
        Browsers.screenshot(browser, "distribution-1-applied");

        logOut();
        logIn("distops", "DistOps@2026");
        browser.findElement(By.id("menu-distributors")).click();
        By row = By.xpath("//tbody[@id='distributorsForm:tabs:queue_data']/tr[td[2][contains(., '" + company + "')]]//button");
        wait.until(ExpectedConditions.elementToBeClickable(row)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewCustomer"), company));
        selectOne(wait, "distributorsForm:tabs:levelCode", "浏览器金牌" + n);
        Browsers.screenshot(browser, "distribution-2-review");
        browser.findElement(By.id("distributorsForm:tabs:approve")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("distributorsForm:messages"), "已通过"));
        browser.findElement(By.xpath("//a[contains(., '分销商 (')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("distributorsForm:tabs:tree"), company));

        logOut();
        logIn(d.username(), TestUsers.PASSWORD);
        browser.get(Deployments.BASE + "/console/user/distribution.xhtml");
        String link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("distributionForm:customerLink"))).getAttribute("value");
        String code = browser.findElement(By.id("customerCode")).getText();
        assertTrue(link.endsWith("/register.xhtml?invite=" + code), link);
        assertEquals("一级分销商", browser.findElement(By.id("tier")).getText());
        assertTrue(browser.findElement(By.cssSelector(".invites .qr svg")).isDisplayed(), "the QR code of the link");
        Browsers.screenshot(browser, "distribution-3-overview");

        logOut();
        String mobile = RegistrationIT.newMobile();
        String user = RegistrationIT.newUsername();
        browser.get(link.replace("http://127.0.0.1:8080", Deployments.BASE));
        assertEquals(code, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registerForm:invite"))).getAttribute("value"),
                "the invite code comes with the link");
        browser.findElement(By.id("registerForm:name")).sendKeys("新客户" + n + "有限公司");
        browser.findElement(By.id("registerForm:username")).sendKeys(user);
        browser.findElement(By.id("registerForm:password")).sendKeys(TestCustomers.PASSWORD);
        browser.findElement(By.id("registerForm:mobile")).sendKeys(mobile);
        browser.findElement(By.id("registerForm:sendCode")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registerForm:messages"), "验证码已发送"));
        browser.findElement(By.id("registerForm:smsCode")).sendKeys(RegistrationIT.smsCodeSentTo(mobile));
        browser.findElement(By.id("registerForm:email")).sendKeys(user + "@newcomer.example");
        browser.findElement(By.cssSelector("#registerForm\\:terms .ui-chkbox-box")).click();
        browser.findElement(By.id("registerForm:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registeredNotice")));
        String newcomer = TestUsers.string("select customer_id from user_account where username = '" + user + "'");
        assertEquals(1, TestUsers.count("select count(*) from distribution_binding where current_customer_id = " + newcomer
                + " and distributor_id = " + d.id()), "bound at registration");

        HttpResponse<String> cash = http.json("POST", "/api/v1/ops/accounts/" + newcomer + "/adjustments", "{\"direction\":\"CREDIT\",\"amount\":\"800.00\","
                + "\"channel\":\"BANK_TRANSFER\",\"reason\":\"预存\"}", "Authorization", LedgerIT.finance());
        assertEquals(201, cash.statusCode(), cash.body());
        HttpResponse<String> charge = http.json("POST", "/api/v1/dev/charges", "{\"customerId\":\"" + newcomer + "\",\"amount\":\"456.78\","
                + "\"reference\":\"browser-" + newcomer + "\"}", "Authorization", LedgerIT.admin());
        assertEquals(200, charge.statusCode(), charge.body());

        logOut();
        logIn(d.username(), TestUsers.PASSWORD);
        browser.get(Deployments.BASE + "/console/user/distribution.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("distributionForm:tabs:customers"), "新客户" + n + "有限公司"));
        String customers = browser.findElement(By.id("distributionForm:tabs:customers")).getText();
        assertTrue(customers.contains(mobile.substring(0, 3) + "****" + mobile.substring(7)), "masked: " + customers);
        assertTrue(customers.contains("¥456.78") && customers.contains("¥45.68"), customers);
        assertEquals("¥45.68", browser.findElement(By.id("thisMonth")).getText());
        browser.findElement(By.xpath("//a[contains(., '佣金明细')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("distributionForm:tabs:lines"), "¥45.68"));
        assertTrue(browser.findElement(By.id("distributionForm:tabs:lines")).getText().contains("计提"));
        Browsers.screenshot(browser, "distribution-4-commission");
    }
}

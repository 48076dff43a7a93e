package io.suanli.it;

import io.suanli.core.identity.domain.Totp;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The onboarding journey of issue 3 in headless Chromium: an enterprise registers and verifies its mobile, submits
 * its real-name materials, an operations user approves them, and the customer logs in with TOTP and sees "verified".
 */
@ServerTest
@RunAsClient
class JourneyIT extends BrowserTest {

    @AfterAll
    static void restorePolicy() throws Exception {
        TestUsers.setPolicy("mfa.customer-required", null);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void enterpriseRegistersGetsVerifiedAndLogsInWithTotp() throws Exception {
        String mobile = RegistrationIT.newMobile();
        String user = RegistrationIT.newUsername();

        browser.get(Deployments.BASE + "/");
        browser.findElement(By.id("registerLink")).click();
        browser.findElement(By.id("registerForm:name")).sendKeys("星河智算科技有限公司");
        browser.findElement(By.id("registerForm:username")).sendKeys(user);
        browser.findElement(By.id("registerForm:password")).sendKeys(TestCustomers.PASSWORD);
        browser.findElement(By.id("registerForm:mobile")).sendKeys(mobile);
        browser.findElement(By.id("registerForm:sendCode")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("registerForm:messages"), "验证码已发送"));
        browser.findElement(By.id("registerForm:smsCode")).sendKeys(RegistrationIT.smsCodeSentTo(mobile));
        browser.findElement(By.id("registerForm:email")).sendKeys(user + "@xinghe.example");
        browser.findElement(By.cssSelector("#registerForm\\:terms .ui-chkbox-box")).click();
        Browsers.screenshot(browser, "journey-1-register");
        browser.findElement(By.id("registerForm:submit")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("registeredNotice")));

        browser.findElement(By.id("loginForm:password")).sendKeys(TestCustomers.PASSWORD);
        browser.findElement(By.id("loginForm:submit")).click();
        waiting().until(ExpectedConditions.urlToBe(Deployments.BASE + "/console/user/"));
        assertTrue(browser.findElement(By.id("verifiedState")).getText().contains("未认证"));

        browser.findElement(By.id("menu-verification")).click();
        browser.findElement(By.id("verificationForm:name")).sendKeys("星河智算科技有限公司");
        browser.findElement(By.id("verificationForm:creditCode")).sendKeys("91350100M000100Y43");
        browser.findElement(By.id("verificationForm:legalRep")).sendKeys("李四");
        browser.findElement(By.id("verificationForm:idNumber")).sendKeys("11010519491231002X");
        browser.findElement(By.id("verificationForm:licence_input")).sendKeys(licenceImage().toString());
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("verificationForm:licenceName"), "licence"));
        browser.findElement(By.id("verificationForm:submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("verificationStatus"), "审核中"));
        assertEquals("110***********002X", browser.findElement(By.id("maskedId")).getText());
        Browsers.screenshot(browser, "journey-2-submitted");
        browser.findElement(By.id("logoutLink")).click();

        browser.get(Deployments.BASE + "/login");
        browser.findElement(By.id("loginForm:username")).sendKeys("ops");
        browser.findElement(By.id("loginForm:password")).sendKeys("Ops@2026");
        browser.findElement(By.id("loginForm:submit")).click();
        waiting().until(ExpectedConditions.urlToBe(Deployments.BASE + "/console/ops/"));
        browser.findElement(By.id("menu-verifications")).click();
        By row = By.xpath("//tbody[@id='queueForm:table_data']/tr[td[2][normalize-space(.)='星河智算科技有限公司']][last()]//button");
        waiting().until(ExpectedConditions.elementToBeClickable(row)).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("queueForm:approve")));
        Browsers.screenshot(browser, "journey-3-review");
        browser.findElement(By.id("queueForm:approve")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("queueForm:messages"), "已通过"));
        browser.findElement(By.id("logoutLink")).click();

        TestUsers.setPolicy("mfa.customer-required", "true");
        browser.get(Deployments.BASE + "/login");
        browser.findElement(By.id("loginForm:username")).sendKeys(user);
        browser.findElement(By.id("loginForm:password")).sendKeys(TestCustomers.PASSWORD);
        browser.findElement(By.id("loginForm:submit")).click();
        String secret = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("totpSecret"))).getText().replace(" ", "");
        browser.findElement(By.id("mfaForm:code")).sendKeys(Totp.code(secret, Totp.step(Instant.now().getEpochSecond())));
        browser.findElement(By.id("mfaForm:verify")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("continue"))).click();
        waiting().until(ExpectedConditions.urlToBe(Deployments.BASE + "/console/user/"));
        assertTrue(browser.findElement(By.id("verifiedState")).getText().contains("已认证"));
        Browsers.screenshot(browser, "journey-4-verified");
    }

    static Path licenceImage() throws Exception {
        BufferedImage img = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Path file = Files.createTempDirectory("suanli-licence").resolve("licence.png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}

package io.suanli.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * User journeys in headless Chromium (Debian's chromium and chromium-driver; nothing is downloaded):
 * each demo role logs in and lands in its console, is refused at another console, and switches to English.
 */
@ServerTest
@RunAsClient
class BrowserIT extends BrowserTest {

    @BeforeEach
    void freshLogin() {
        logOut();
    }

    @ParameterizedTest(name = "{0} lands in {2}")
    @CsvSource({"customer,Customer@2026,/console/user/,/console/ops/", "ops,Ops@2026,/console/ops/,/console/system/",
            "distops,DistOps@2026,/console/ops/,/console/user/", "finance,Finance@2026,/console/ops/,/console/system/",
            "sales,Sales@2026,/console/ops/,/console/user/", "admin,Admin@2026,/console/system/,/console/ops/"})
    void eachDemoRoleLandsInItsConsoleAndIsRefusedAtAnother(String user, String password, String home, String other) {
        browser.get(Deployments.BASE + "/");
        browser.findElement(By.id("loginLink")).click();
        submitLogin(user, password);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(Deployments.BASE + home));
        assertEquals(user, browser.findElement(By.id("currentUser")).getText());
        assertTrue(browser.findElement(By.id("pageTitle")).isDisplayed());

        browser.get(Deployments.BASE + other);
        assertEquals("无权访问", browser.findElement(By.id("errorTitle")).getText());
        screenshot(user + "-refused");
    }

    @Test
    void languageSwitchShowsEnglishAndTheChoiceIsKept() {
        browser.get(Deployments.BASE + "/");
        assertEquals("随需而用的智能算力", browser.findElement(By.id("heroTitle")).getText());
        browser.findElement(By.id("lang-en")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.id("heroTitle"), "Intelligent compute, on demand"));
        assertEquals("Compute Operations Platform", browser.findElement(By.id("systemName")).getText());
        screenshot("portal-en");

        browser.findElement(By.id("loginLink")).click();
        submitLogin("admin", "Admin@2026");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/console/system/"));
        assertEquals("System overview", browser.findElement(By.id("pageTitle")).getText());
        assertEquals("System console", browser.findElement(By.id("areaName")).getText());
        screenshot("system-en");

        browser.findElement(By.id("lang-zh")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.id("pageTitle"), "系统概览"));
    }

    @Test
    void sysAdminChangesTheOemNameAndEveryPageShowsItAtOnce() throws Exception {
        try {
            browser.get(Deployments.BASE + "/login");
            submitLogin("admin", "Admin@2026");
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/console/system/"));
            WebElement nameZh = browser.findElement(By.id("oemForm:nameZh"));
            nameZh.clear();
            nameZh.sendKeys("星河算力平台");
            browser.findElement(By.id("oemForm:save")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("oemForm:messages"), "OEM 设置已保存"));
            screenshot("oem-saved");

            browser.get(Deployments.BASE + "/");
            assertEquals("星河算力平台", browser.findElement(By.id("systemName")).getText());
            browser.get(Deployments.BASE + "/console/system/");
            assertEquals("星河算力平台", browser.findElement(By.id("systemName")).getText());
            try (var c = MariaDbDatabase.connect(); var rs = c.createStatement().executeQuery(
                    "select count(*) from audit_event where action = 'OEM_UPDATE' and actor = 'admin' and outcome = 'OK'")) {
                rs.next();
                assertTrue(rs.getLong(1) >= 1, "OEM change audited");
            }
        } finally {
            try (var c = MariaDbDatabase.connect(); var st = c.createStatement()) {
                st.executeUpdate("update setting set setting_value = '算力运营管理平台' where setting_key = 'oem.system-name.zh'");
            }
        }
    }

    @Test
    void emptyOemNameIsRefusedAndNothingChanges() {
        browser.get(Deployments.BASE + "/login");
        submitLogin("admin", "Admin@2026");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/console/system/"));
        browser.findElement(By.id("oemForm:nameEn")).clear();
        browser.findElement(By.id("oemForm:save")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("oemForm:messages"), "请填写此项"));
        browser.get(Deployments.BASE + "/?lang=en");
        assertEquals("Compute Operations Platform", browser.findElement(By.id("systemName")).getText());
        browser.get(Deployments.BASE + "/?lang=zh");
    }

    @Test
    void sysAdminChangesTheSecuritySettings() throws Exception {
        try {
            browser.get(Deployments.BASE + "/login");
            submitLogin("admin", "Admin@2026");
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/console/system/"));
            browser.findElement(By.id("menu-security")).click();
            WebElement limit = new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("securityForm:concurrent_input")));
            limit.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
            browser.findElement(By.id("securityForm:save")).click();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("securityForm:messages"), "安全设置已保存"));
            screenshot("security-settings");
            assertEquals(1, TestUsers.count("select count(*) from setting where setting_key = 'security.session.concurrent-limit' "
                    + "and setting_value = '5'"));
            assertTrue(TestUsers.count("select count(*) from audit_event where action = 'SECURITY_POLICY_UPDATE' and actor = 'admin'") >= 1);
        } finally {
            try (var c = MariaDbDatabase.connect(); var st = c.createStatement()) {
                st.executeUpdate("delete from setting where setting_key = 'security.session.concurrent-limit'");
            }
        }
    }

    @Test
    void auditLogListsRecordsFiltersThemAndShowsStatistics() {
        browser.get(Deployments.BASE + "/login");
        submitLogin("admin", "Admin@2026");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/console/system/"));
        browser.findElement(By.id("menu-audit")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auditForm:table")));
        assertTrue(browser.findElements(By.cssSelector("#auditForm\\:table_data tr")).size() > 1);
        browser.findElement(By.id("auditForm:actor")).sendKeys("admin");
        browser.findElement(By.id("auditForm:search")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath(
                "//tbody[@id='auditForm:table_data']/tr/td[3][not(normalize-space(.)='admin')]")));
        assertTrue(browser.findElements(By.cssSelector("#topCustomers canvas, #topActions canvas")).size() >= 1);
        screenshot("audit-log");
    }

    @Test
    void staffMemberEnrolsAnAuthenticatorWithTheQrCodeAndLogsIn() throws Exception {
        TestUsers.setPolicy("mfa.staff-required", "true");
        try {
            String user = TestUsers.create("OPS_ADMIN", true);
            browser.get(Deployments.BASE + "/login");
            submitLogin(user, TestUsers.PASSWORD);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            WebElement secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("totpSecret")));
            assertTrue(browser.findElement(By.cssSelector(".qr svg")).isDisplayed());
            screenshot("mfa-enrol");
            String code = io.suanli.core.identity.domain.Totp.code(secret.getText().replace(" ", ""),
                    io.suanli.core.identity.domain.Totp.step(java.time.Instant.now().getEpochSecond()));
            browser.findElement(By.id("mfaForm:code")).sendKeys(code);
            browser.findElement(By.id("mfaForm:verify")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recoveryCodes")));
            assertEquals(10, browser.findElements(By.cssSelector("#recoveryCodes li")).size());
            screenshot("mfa-recovery-codes");
            browser.findElement(By.id("continue")).click();
            wait.until(ExpectedConditions.urlToBe(Deployments.BASE + "/console/ops/"));
            assertEquals(user, browser.findElement(By.id("currentUser")).getText());
        } finally {
            TestUsers.setPolicy("mfa.staff-required", "false");
        }
    }

    @Test
    void sysAdminReadsTheOutboxAndEditsATemplateWithPreview() throws Exception {
        String mobile = RegistrationIT.newMobile();
        new Http().json("POST", "/api/v1/registrations/sms-codes", "{\"mobile\":\"" + mobile + "\"}");
        browser.get(Deployments.BASE + "/login");
        submitLogin("admin", "Admin@2026");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/console/system/"));
        browser.findElement(By.id("menu-messages")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        By firstReveal = By.cssSelector("#messagesForm\\:table_data tr:first-child button");
        wait.until(ExpectedConditions.elementToBeClickable(firstReveal)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("revealed"), "验证码"));
        assertTrue(browser.findElement(By.id("revealed")).getText().contains(RegistrationIT.smsCodeSentTo(mobile)));
        screenshot("outbox");

        browser.get(Deployments.BASE + "/console/system/templates.xhtml");
        By edit = By.xpath("//tbody[@id='templatesForm:table_data']/tr[td[1]='VERIFY_CODE' and td[2]='SMS' and td[3]='zh']//button");
        wait.until(ExpectedConditions.elementToBeClickable(edit)).click();
        WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("templatesForm:body")));
        body.sendKeys(Keys.END, " 如非本人操作请忽略。");
        browser.findElement(By.id("templatesForm:subject")).click();  // leaving the field updates the preview
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("templatesForm:preview"), "如非本人操作请忽略"));
        // the preview may be re-rendered once more: the condition finds it again by id (and takes a stale one as not yet)
        assertTrue(wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("templatesForm:preview"), "123456")), "variables filled in");
        browser.findElement(By.id("templatesForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("templatesForm:messages"), "模板已保存"));
        assertEquals(1, TestUsers.count("select count(*) from message_template where code = 'VERIFY_CODE' and channel = 'SMS' "
                + "and locale = 'zh' and body like '%如非本人操作请忽略%'"));
        assertTrue(TestUsers.count("select count(*) from audit_event where action = 'MESSAGE_REVEAL' and actor = 'admin'") >= 1);
    }

    @Test
    void theBellShowsNewNotificationsUntilTheyAreRead() throws Exception {
        TestCustomers.Registered p = TestCustomers.register("PERSONAL");
        new Http().json("POST", "/api/v1/verification", "{\"name\":\"张三\",\"idNumber\":\"11010519491231002X\"}",
                "Authorization", p.bearer());
        browser.get(Deployments.BASE + "/login");
        submitLogin("ops", "Ops@2026");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.urlContains("/console/ops/"));
        assertTrue(Integer.parseInt(browser.findElement(By.id("bellForm:unread")).getText()) >= 1);
        browser.findElement(By.id("bellForm:bell")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bellForm:bellPanel")));
        assertTrue(browser.findElement(By.id("bellForm:bellPanel")).getText().contains("新的实名认证待审核"));
        screenshot("bell");
        browser.findElement(By.id("bellForm:markRead")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bellForm:unread")));
    }

    @Test
    void customerAdministratorCreatesASubUserWithPermissions() throws Exception {
        TestCustomers.Registered admin = TestCustomers.register("ENTERPRISE");
        browser.get(Deployments.BASE + "/login");
        submitLogin(admin.username(), TestCustomers.PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.urlContains("/console/user/"));
        browser.findElement(By.id("menu-subusers")).click();
        String sub = RegistrationIT.newUsername();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("subForm:username"))).sendKeys(sub);
        browser.findElement(By.id("subForm:displayName")).sendKeys("财务小李");
        browser.findElement(By.id("subForm:password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.xpath("//label[normalize-space(.)='查看账单']/preceding-sibling::div")).click();
        browser.findElement(By.xpath("//label[normalize-space(.)='支付']/preceding-sibling::div")).click();
        browser.findElement(By.id("subForm:create")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("subForm:messages"), "子用户已创建"));
        String row = browser.findElement(By.xpath("//tbody[@id='subForm:table_data']/tr[td[1][contains(., '" + sub + "')]]")).getText();
        assertTrue(row.contains("查看账单") && row.contains("支付"), row);
        screenshot("subusers");
    }

    @Test
    void sysAdminUploadsALogoThatEveryPageShows() throws Exception {
        try {
            browser.get(Deployments.BASE + "/login");
            submitLogin("admin", "Admin@2026");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.urlContains("/console/system/"));
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            g.setColor(new java.awt.Color(0, 120, 215));
            g.fillOval(4, 4, 56, 56);
            g.dispose();
            java.nio.file.Path file = java.nio.file.Files.createTempDirectory("logo").resolve("logo.png");
            javax.imageio.ImageIO.write(img, "png", file.toFile());
            browser.findElement(By.id("oemForm:logo_input")).sendKeys(file.toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("oemForm:messages"), "Logo 已更新"));
            browser.get(Deployments.BASE + "/");
            WebElement logo = browser.findElement(By.cssSelector("img.brand-logo"));
            assertTrue(logo.getAttribute("src").contains("/oem/logo?v="));
            assertTrue(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return arguments[0].naturalWidth", logo)).intValue() == 64, "the image loads");
            screenshot("portal-logo");
        } finally {
            try (var c = MariaDbDatabase.connect(); var st = c.createStatement()) {
                st.executeUpdate("delete from setting where setting_key = 'oem.logo'");
                st.executeUpdate("delete from oem_asset");
            }
        }
    }

    @Test
    void sysAdminBrowsesTheOrganizationAndCreatesAStaffMember() {
        browser.get(Deployments.BASE + "/login");
        submitLogin("admin", "Admin@2026");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.urlContains("/console/system/"));
        browser.findElement(By.id("menu-staff")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//span[contains(@class,'ui-treenode-label')][contains(., '财务部')]"))).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm:staffTable"), "sales")));
        assertTrue(browser.findElement(By.id("staffForm:staffTable")).getText().contains("finance"), "the department's staff");
        String user = RegistrationIT.newUsername();
        browser.findElement(By.id("staffForm:username")).sendKeys(user);
        browser.findElement(By.id("staffForm:displayName")).sendKeys("结算专员");
        browser.findElement(By.id("staffForm:password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("staffForm:create")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("staffForm:messages"), "员工账号已创建"));
        screenshot("staff");
    }

    @Test
    void sysAdminRevokesAMenuFromARoleAndItsUsersNoLongerSeeIt() throws Exception {
        try {
            browser.get(Deployments.BASE + "/login");
            submitLogin("admin", "Admin@2026");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.urlContains("/console/system/"));
            browser.findElement(By.id("menu-roles")).click();
            WebElement box = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".grant-OPS_ADMIN-ops-verification-view .ui-chkbox-box")));
            assertTrue(box.getAttribute("class").contains("ui-state-active"), "granted by default");
            box.click();
            browser.findElement(By.id("rolesForm:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rolesForm:messages"), "权限配置已保存"));
            screenshot("roles");
            logOut();
            browser.get(Deployments.BASE + "/login");
            submitLogin("ops", "Ops@2026");
            wait.until(ExpectedConditions.urlContains("/console/ops/"));
            assertTrue(browser.findElements(By.id("menu-verifications")).isEmpty(), "the menu is gone");
            browser.get(Deployments.BASE + "/console/ops/verifications.xhtml");
            assertEquals("无权访问", browser.findElement(By.id("errorTitle")).getText());
        } finally {
            try (var c = MariaDbDatabase.connect(); var st = c.createStatement()) {
                st.executeUpdate("delete from role_grant where role_code = 'OPS_ADMIN'");
            }
        }
    }

    @Test
    void financePostsAnOfflineRechargeAndTheCustomerSeesItInTheAccountCenter() throws Exception {
        TestCustomers.Registered c = TestCustomers.register("ENTERPRISE");
        String customerId = Http.parse(new Http().get("/api/v1/me", "Authorization", c.bearer()).body()).getString("customerId");
        browser.get(Deployments.BASE + "/login");
        submitLogin("finance", "Finance@2026");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.urlContains("/console/ops/"));
        browser.findElement(By.id("menu-ledger")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ledgerForm:acct"))).sendKeys(customerId);
        browser.findElement(By.id("ledgerForm:showAccount")).click();
        wait.until(ExpectedConditions.textToBe(By.id("acctCash"), "¥0.00"));
        browser.findElement(By.id("ledgerForm:amount")).sendKeys("1288.50");
        browser.findElement(By.id("ledgerForm:reason")).sendKeys("对公转账 回单 A-1");
        browser.findElement(By.id("ledgerForm:adjust")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("acctCash"), "¥1,288.50"));
        screenshot("finance-ledger");

        logOut();
        browser.get(Deployments.BASE + "/login");
        submitLogin(c.username(), TestCustomers.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/console/user/"));
        browser.findElement(By.id("menu-billing")).click();
        assertEquals("¥1,288.50", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cash"))).getText());
        String lines = browser.findElement(By.id("accountForm:transactions")).getText();
        assertTrue(lines.contains("充值") && lines.contains("银行转账") && lines.contains("+¥1,288.50"), lines);
        browser.findElement(By.id("accountForm:coupon")).sendKeys("NOPE-NOPE-NOPE-NOPE");
        browser.findElement(By.id("accountForm:redeem")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountForm:messages"), "现金券码不存在"));
        screenshot("account-center");
    }

    @Test
    void wrongPasswordShowsALocalizedMessage() {
        browser.get(Deployments.BASE + "/login");
        submitLogin("ops", "not-the-password");
        assertTrue(new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.className("ui-messages-error"))).getText().contains("用户名或密码错误"));
    }

    private static void submitLogin(String user, String password) {
        browser.findElement(By.id("loginForm:username")).sendKeys(user);
        browser.findElement(By.id("loginForm:password")).sendKeys(password);
        browser.findElement(By.id("loginForm:submit")).click();
    }

    /** Kept in target/screenshots for a person to look at. */
    private static void screenshot(String name) {
        Browsers.screenshot(browser, name);
    }
}

package io.suanli.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ticket journey in headless Chromium (U10, O6): a customer opens a vendor ticket in 我的工单; operations dispatch
 * it in the workbench, add an internal note and answer; the customer sees the answer (not the note); operations
 * resolve it; the customer closes it with five stars.
 */
@ServerTest
@RunAsClient
class TicketBrowserIT extends BrowserTest {

    final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    final Http http = new Http();

    @Test
    void aTicketIsDispatchedAnsweredResolvedAndClosedWithARating() throws Exception {
        TicketIT.ok2(http.json("PUT", "/api/v1/system/ticket-groups/VENDOR", "{\"nameZh\":\"厂商对接组\",\"nameEn\":\"Vendor liaison\",\"members\":[\"ops\"],"
                + "\"roundRobin\":false}", "Authorization", LedgerIT.admin()));
        TestCustomers.Registered c = TestCustomers.register("ENTERPRISE");
        String subject = "昇腾驱动版本 " + System.nanoTime() % 100000;

        logIn(c.username(), TestCustomers.PASSWORD);
        browser.findElement(By.id("menu-tickets")).click();
        selectOne(wait, "ticketsForm:type", "厂商问题");
        type("ticketsForm:subject", subject);
        type("ticketsForm:body", "需要升级到 CANN 8.0,请协助确认兼容性。");
        browser.findElement(By.id("ticketsForm:openTicket")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ticketsForm:messages"), "工单已提交"));
        String no = browser.findElement(By.id("ticketNo")).getText().split(" ")[0];
        assertEquals("待分派", browser.findElement(By.id("ticketStatus")).getText(), "no round-robin: it waits for a dispatcher");
        Browsers.screenshot(browser, "ticket-1-opened");

        logIn("ops", "Ops@2026");
        browser.findElement(By.id("menu-tickets")).click();
        By view = By.xpath("//tbody[@id='workbench:queue_data']/tr[td[2][contains(., '" + no + "')]]//button");
        wait.until(ExpectedConditions.elementToBeClickable(view)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ticketNo"), no));
        type("workbench:assignee", "ops");
        browser.findElement(By.id("workbench:assign")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workbench:messages"), "工单已分派"));
        type("workbench:reply", "内部:已转厂商二线");
        browser.findElement(By.id("workbench:internal")).findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.findElement(By.id("workbench:send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread"), "已转厂商二线"));
        type("workbench:reply", "CANN 8.0 与当前驱动兼容,可直接升级。");
        browser.findElement(By.id("workbench:send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread"), "可直接升级"));
        Browsers.screenshot(browser, "ticket-2-workbench");
        type("workbench:resolution", "已确认兼容并提供升级步骤。");
        browser.findElement(By.id("workbench:resolve")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ticketStatus"), "已解决"));

        logIn(c.username(), TestCustomers.PASSWORD);
        browser.findElement(By.id("menu-tickets")).click();
        By mine = By.xpath("//tbody[@id='ticketsForm:tickets_data']/tr[td[2][contains(., '" + no + "')]]//button");
        wait.until(ExpectedConditions.elementToBeClickable(mine)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread"), "可直接升级"));
        assertFalse(browser.findElement(By.id("thread")).getText().contains("已转厂商二线"), "the customer never sees an internal note");
        List<WebElement> stars = browser.findElements(By.cssSelector("#ticketsForm\\:rating .ui-rating-star"));
        assertTrue(stars.size() >= 5, "five stars");
        stars.get(stars.size() - 1).click();
        browser.findElement(By.id("ticketsForm:close")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ticketStatus"), "已关闭"));
        assertEquals("5", TestUsers.string("select rating from ticket where ticket_no = '" + no + "'"));
        Browsers.screenshot(browser, "ticket-3-closed");
    }
}

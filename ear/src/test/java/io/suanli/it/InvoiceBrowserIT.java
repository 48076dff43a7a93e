package io.suanli.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invoice journey in headless Chromium (U10, O6): a verified enterprise with consumption sees what it may invoice,
 * is refused a request above it (what it typed stays), requests an electronic invoice made out to its verified name;
 * finance opens it in 发票审核, issues it with its number and date, and the customer sees it issued.
 */
@ServerTest
@RunAsClient
class InvoiceBrowserIT extends BrowserTest {

    final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    final InvoiceIT api = new InvoiceIT();

    @Test
    void aCustomerRequestsAnInvoiceAndFinanceIssuesIt() throws Exception {
        InvoiceIT.Verified c = api.verified("ENTERPRISE");
        api.cash(c.id(), "3000.00");
        api.charge(c.id(), "1234.56", "CASH", "INV-BR-" + c.id());

        logIn(c.username(), TestCustomers.PASSWORD);
        browser.findElement(By.id("menu-invoices")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoiceable"), "¥1,234.56"));
        assertEquals(InvoiceIT.COMPANY, browser.findElement(By.id("title")).getText(), "the verified name, not typed");
        assertEquals(VerificationIT.CREDIT_CODE, browser.findElement(By.id("taxNo")).getText());
        type("invoiceForm:amount", "1234.57");
        type("invoiceForm:email", "fin@xinghe.example");
        browser.findElement(By.id("invoiceForm:requestInvoice")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoiceForm:messages"), "超过可开票金额"));
        assertEquals("1234.57", browser.findElement(By.id("invoiceForm:amount")).getAttribute("value"), "what was typed stays");
        assertEquals(0, api.rows(c.id()));
        type("invoiceForm:amount", "1000.00");
        browser.findElement(By.id("invoiceForm:requestInvoice")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoiceForm:messages"), "发票申请已提交"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoiceable"), "¥234.56"));
        assertTrue(browser.findElement(By.id("invoiceForm:invoices")).getText().contains("待审核"));
        String no = TestUsers.string("select invoice_no from invoice where customer_id = " + c.id());
        Browsers.screenshot(browser, "invoice-1-requested");

        logIn("finance", "Finance@2026");
        browser.findElement(By.id("menu-invoices")).click();
        type("invoicesForm:no", no);
        org.openqa.selenium.WebElement before = browser.findElement(By.id("invoicesForm:table"));
        browser.findElement(By.id("invoicesForm:search")).click();
        wait.until(ExpectedConditions.stalenessOf(before)); // the search re-rendered the table
        By open = By.xpath("//tbody[@id='invoicesForm:table_data']/tr[td[2][contains(., '" + no + "')]]//button");
        wait.until(ExpectedConditions.elementToBeClickable(open)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reviewNo"), no));
        assertTrue(browser.findElement(By.id("invoicesForm:review")).getText().contains("fin@xinghe.example"), "finance sees the request in full");
        type("invoicesForm:invoiceNumber", "04400190" + (System.nanoTime() % 100000));
        type("invoicesForm:issuedOn_input", InvoiceIT.today());
        Browsers.screenshot(browser, "invoice-2-review");
        browser.findElement(By.id("invoicesForm:approve")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoicesForm:messages"), "发票已开具"));
        assertEquals("APPROVED", TestUsers.string("select status from invoice where invoice_no = '" + no + "'"));

        logIn(c.username(), TestCustomers.PASSWORD);
        browser.get(Deployments.BASE + "/console/user/invoices.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invoiceForm:invoices"), "已开具"));
        assertEquals("¥1,000.00", browser.findElement(By.id("invoiced")).getText());
        Browsers.screenshot(browser, "invoice-3-issued");
    }
}

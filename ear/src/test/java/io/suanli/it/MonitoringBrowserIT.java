package io.suanli.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;

import static io.suanli.it.Http.bearer;
import static io.suanli.it.Http.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Automatic provisioning and monitoring in headless Chromium (I1, U7, U9): operations accept a paid order in the
 * operations console and watch it go from provisioning to completed while the HCSO simulator opens the pool; the
 * customer opens the resource and sees the utilisation chart drawn from Cloud Eye series, switches the period, and
 * finds the instance and its spend on the resource monitoring page.
 */
@ServerTest
@RunAsClient
class MonitoringBrowserIT extends BrowserTest {

    WebDriverWait wait;

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    @Test
    void operationsWatchTheOrderOpenAndTheCustomerSeesTheUtilisationChart() throws Exception {
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        TestCatalog.Built catalog = TestCatalog.build(true, "1500.00", null, "2.500000", "IT_MON_BROWSER", "hcso-sim");
        Http http = new Http();
        TestCustomers.Onboarded onboarded = TestCustomers.onboard("监控测试有限公司", "5000.00");
        String user = onboarded.username();
        String customerId = onboarded.id();
        String token = bearer(TestCustomers.token(user, TestUsers.PASSWORD));
        HttpResponse<String> placed = http.json("POST", "/api/v1/orders", "{\"specCode\":\"" + catalog.spec() + "\",\"nodes\":1,"
                + "\"billingMode\":\"PREPAID_MONTHLY\",\"periods\":1}", "Authorization", token);
        assertEquals(201, placed.statusCode(), placed.body());
        String orderNo = parse(placed.body()).getString("orderNo");
        HttpResponse<String> paid = http.json("POST", "/api/v1/orders/" + orderNo + "/pay", null, "Authorization", token);
        assertEquals("AWAITING_ACCEPTANCE", parse(paid.body()).getString("status"), paid.body());

        // operations accept without back-fill; the page follows the provisioning until the order is completed
        logIn("ops", "Ops@2026");
        browser.get(Deployments.BASE + "/console/ops/order.xhtml?no=" + orderNo);
        click(By.id("orderForm:accept"));
        click(By.cssSelector(".ui-confirmdialog-yes")); // accepting cannot be undone: asked first
        wait.until(ExpectedConditions.textToBe(By.id("orderStatus"), "开通中"));
        Browsers.screenshot(browser, "monitoring-provisioning");
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.textToBe(By.id("orderStatus"), "已完成"));
        Browsers.screenshot(browser, "monitoring-provisioned");
        String resourceId = parse(http.get("/api/v1/orders/" + orderNo, "Authorization", token).body()).getString("resourceId");

        // the customer sees the active resource with its utilisation chart
        logIn(user, TestUsers.PASSWORD);
        browser.get(Deployments.BASE + "/console/user/resource.xhtml?id=" + resourceId);
        assertEquals("运行中", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resourceStatus"))).getText());
        WebElement chart = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("utilisationChart")));
        assertTrue(Integer.parseInt(chart.getAttribute("data-points")) > 0, "the chart has data");
        WebElement canvas = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#utilisationChart canvas")));
        assertTrue(canvas.getSize().getWidth() > 0 && canvas.getSize().getHeight() > 0, "the canvas is drawn");
        assertTrue(plotted() > 0, "Chart.js holds the series");
        String summary = browser.findElement(By.id("utilisationSummary")).getText();
        assertTrue(summary.contains("加速卡") && summary.contains("%"), summary);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", chart);
        Browsers.screenshot(browser, "monitoring-chart-24h");

        // another period
        click(By.xpath("//div[@id='resourceForm:period']//*[contains(text(),'近 7 天')]"));
        wait.until(ExpectedConditions.attributeToBe(By.id("utilisationChart"), "data-period", "7d"));
        assertEquals(3 * 168, Integer.parseInt(browser.findElement(By.id("utilisationChart")).getAttribute("data-points")));
        assertTrue(plotted() > 0);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", browser.findElement(By.id("utilisationChart")));
        Browsers.screenshot(browser, "monitoring-chart-7d");

        // the resource monitoring page: the instance and its spend
        click(By.id("menu-monitoring"));
        assertEquals("1", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("totalInstances"))).getText());
        assertEquals("¥1,500.00", browser.findElement(By.id("accumulatedSpend")).getText());
        assertEquals("¥1,500.00", browser.findElement(By.id("kind-DEDICATED")).getText());
        assertTrue(browser.findElement(By.id("monitoringForm:consumption")).getText().contains("专属资源池"));
        Browsers.screenshot(browser, "monitoring-overview");
    }

    /** How many values the chart's first dataset holds in the browser (Chart.js through the PrimeFaces widget). */
    long plotted() {
        Object n = ((JavascriptExecutor) browser).executeScript(
                "var w = PF('utilisationChart'); var c = w && (w.chart || w.jq && Chart.getChart(w.jq.find('canvas')[0]));"
                        + " return c ? c.data.datasets[0].data.filter(function (v) { return v !== null; }).length : -1;");
        return ((Number) n).longValue();
    }
}

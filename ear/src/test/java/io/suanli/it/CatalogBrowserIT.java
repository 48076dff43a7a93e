package io.suanli.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Catalog journeys in headless Chromium: an operations user builds a product from nothing to on shelf in the
 * console (product, spec, strategy, family, price, publishing).
 */
@ServerTest
@RunAsClient
class CatalogBrowserIT extends BrowserTest {

    WebDriverWait wait;

    @BeforeEach
    void freshLogin() {
        logOut();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void anOperatorBuildsAProductFromNothingToOnShelfInTheConsole() throws Exception {
        String n = String.valueOf(System.currentTimeMillis() % 1_000_000);
        String product = "ui-prod-" + n;
        String spec = "ui-spec-" + n;
        logIn("ops", "Ops@2026");
        wait.until(ExpectedConditions.urlContains("/console/ops/"));
        browser.findElement(By.id("menu-products")).click();
        click(By.id("productsForm:newProduct"));

        enter("productForm:code", product);
        selectOne(wait, "productForm:category", "AI 算力");
        selectOne(wait, "productForm:resourceType", "ModelArts 专属资源池");
        enter("productForm:texts:nameZh", "界面测试算力 " + n);
        enter("productForm:texts:summaryZh", "从零开始创建的产品");
        click(By.xpath("//div[@id='productForm:texts']//a[normalize-space(.)='English']"));
        enter("productForm:texts:nameEn", "UI test compute " + n);
        click(By.id("productForm:save"));
        wait.until(ExpectedConditions.urlContains("code=" + product));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("productForm:messages"), "产品已保存"));
        assertEquals("草稿", browser.findElement(By.id("status")).getText());

        enter("productForm:specCode", spec);
        enter("productForm:specNameZh", "昇腾 910B × 4");
        enter("productForm:specNameEn", "Ascend 910B × 4");
        enter("productForm:specHcso", "modelarts.pool.ui." + n);
        browser.findElement(By.cssSelector("input.attr-acceleratorCount")).sendKeys("4");
        click(By.id("productForm:saveSpec"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("productForm:specTable"), spec));
        assertTrue(browser.findElement(By.id("productForm:specTable")).getText().contains("暂无生效价格"));

        // a product without a price cannot go on shelf
        click(By.id("productForm:preview"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "预览中"));
        click(By.id("productForm:onShelf"));
        click(By.cssSelector(".ui-confirmdialog-yes"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("productForm:messages"), "没有生效的价格"));

        browser.findElement(By.id("menu-pricing")).click();
        enter("pricingForm:newCode", "ui-strat-" + n);
        enter("pricingForm:newNameZh", "界面测试价");
        enter("pricingForm:newNameEn", "UI test prices");
        click(By.id("pricingForm:createStrategy"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("strategyTitle"), "ui-strat-" + n));
        enter("pricingForm:familyCode", "fam");
        enter("pricingForm:familyNameZh", "测试族");
        enter("pricingForm:familyNameEn", "Test family");
        click(By.id("pricingForm:createFamily"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pricingForm:families"), "fam"));
        selectOne(wait, "pricingForm:memberSpec", spec);
        click(By.id("pricingForm:addMember"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pricingForm:families"), spec));
        enter("pricingForm:priceAmount", "4321.00");
        click(By.id("pricingForm:addPrice"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pricingForm:prices"), "¥4,321.00"));
        click(By.id("pricingForm:toggleActive"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pricingForm:messages"), "已保存"));
        Browsers.screenshot(browser, "ops-pricing");

        browser.get(Deployments.BASE + "/console/ops/product.xhtml?code=" + product);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("productForm:specTable"), "¥4,321.00"));
        click(By.id("productForm:onShelf"));
        click(By.cssSelector(".ui-confirmdialog-yes"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "已上架"));
        Browsers.screenshot(browser, "ops-product");

        String catalog = new Http().get("/api/v1/catalog/products").body();
        assertTrue(catalog.contains(product) && catalog.contains("4321.00"), "the portal catalog shows it with its price");
        browser.get(Deployments.BASE + "/console/ops/products.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("productsForm:table")));
        // the suite makes many products: find it through the table's name filter rather than on the first page
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#productsForm\\:table th input.ui-column-filter")))
                .sendKeys("界面测试算力 " + n);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("productsForm:table"), product));
    }

    @Test
    void aVisitorBrowsesToAProductPricesItAndIsAskedToLogInToBuy() {
        browser.get(Deployments.BASE + "/");
        click(By.id("navProducts"));
        click(By.id("card-modelarts-dedicated"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("productName"), "ModelArts 专属资源池"));
        assertTrue(browser.findElement(By.id("priceTable")).getText().contains("¥98,000.00 / 月"));
        wait.until(ExpectedConditions.textToBe(By.id("calc:payable"), "¥98,000.00"));
        typeNumber("calc:nodes_input", "2");
        wait.until(ExpectedConditions.textToBe(By.id("calc:payable"), "¥196,000.00"));
        typeNumber("calc:periods_input", "3");
        wait.until(ExpectedConditions.textToBe(By.id("calc:payable"), "¥588,000.00"));
        selectOne(wait, "calc:mode", "包年");
        wait.until(ExpectedConditions.textToBe(By.id("calc:payable"), "¥5,997,600.00"));
        typeNumber("calc:periods_input", "9");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calc:error"), "购买时长应在 1 到 5 之间"));
        typeNumber("calc:periods_input", "1");
        wait.until(ExpectedConditions.textToBe(By.id("calc:payable"), "¥1,999,200.00"));
        Browsers.screenshot(browser, "portal-product");

        click(By.id("calc:buy"));
        wait.until(ExpectedConditions.urlContains("/login?next="));
        browser.findElement(By.id("loginForm:username")).sendKeys("customer");
        browser.findElement(By.id("loginForm:password")).sendKeys("Customer@2026");
        browser.findElement(By.id("loginForm:submit")).click();
        wait.until(ExpectedConditions.urlContains("/products/modelarts-dedicated/buy"));
        assertEquals("¥1,999,200.00", browser.findElement(By.id("buyPayable")).getText());
        Browsers.screenshot(browser, "portal-buy");
    }

    @Test
    void thePortalShowsCategoriesScenariosAndSearchInBothLanguages() {
        browser.get(Deployments.BASE + "/products?lang=en");
        assertTrue(browser.findElement(By.id("category-ai-compute")).getText().contains("ModelArts"));
        browser.get(Deployments.BASE + "/scenarios/driving");
        assertTrue(browser.findElement(By.id("card-modelarts-dedicated")).isDisplayed());
        browser.get(Deployments.BASE + "/search?q=910B&lang=zh");
        assertTrue(browser.findElement(By.id("results")).getText().contains("ModelArts"));
        browser.get(Deployments.BASE + "/search?q=no-such-thing");
        assertTrue(browser.findElement(By.id("noResults")).isDisplayed());
        browser.get(Deployments.BASE + "/products/no-such-product");
        assertTrue(browser.getPageSource().contains("404") || browser.getTitle().contains("404")
                || !browser.findElements(By.id("errorTitle")).isEmpty());
        Browsers.screenshot(browser, "portal-search");
    }

    /** Replaces the value of a PrimeFaces number input as a person types it. */
    private void typeNumber(String id, String value) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        e.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), value);
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void enter(String id, String text) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        e.clear();
        e.sendKeys(text);
    }
}

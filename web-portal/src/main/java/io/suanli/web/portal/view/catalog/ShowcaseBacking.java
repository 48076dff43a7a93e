package io.suanli.web.portal.view.catalog;

import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.catalog.application.ProductView;
import io.suanli.core.catalog.application.ReferenceView;
import io.suanli.core.shared.domain.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lists of the showcase (P1): products by category (all, or one category), scenarios and one scenario with the
 * products serving it, search results, and the home page's categories. Unknown codes answer 404.
 */
@Named
@RequestScoped
public class ShowcaseBacking {

    @Inject
    CatalogService catalog;

    @Inject
    HttpServletRequest request;

    private List<ProductView> products;
    private List<ReferenceView> categories;
    private ReferenceView scenario;
    private String query;

    @PostConstruct
    void load() {
        products = catalog.onShelf();
        categories = catalog.categories();
        query = request.getParameter("q");
    }

    /** The categories to show: all that have products on shelf, or the one of the URL. */
    public List<ReferenceView> getShownCategories() {
        Object code = request.getAttribute(CatalogRoutes.CODE);
        List<ReferenceView> shown = categories.stream().filter(c -> code == null || c.code().equals(code))
                .filter(c -> code != null || products.stream().anyMatch(p -> p.categoryCode().equals(c.code()))).toList();
        if (code != null && shown.isEmpty()) {
            throw new NotFoundException("category.notFound", code);
        }
        return shown;
    }

    public List<ProductView> productsIn(String categoryCode) {
        return products.stream().filter(p -> p.categoryCode().equals(categoryCode)).toList();
    }

    public Map<String, List<ProductView>> getByCategory() {
        return products.stream().collect(Collectors.groupingBy(ProductView::categoryCode));
    }

    public List<ReferenceView> getScenarios() {
        return catalog.scenarios();
    }

    /** The scenario of the URL. */
    public ReferenceView getScenario() {
        if (scenario == null) {
            scenario = catalog.scenario(String.valueOf(request.getAttribute(CatalogRoutes.CODE)));
        }
        return scenario;
    }

    public List<ProductView> getScenarioProducts() {
        return products.stream().filter(p -> p.scenarioCodes().contains(getScenario().code())).toList();
    }

    public List<ProductView> getSearchResults() {
        return query == null || query.isBlank() ? List.of() : catalog.search(query);
    }

    public String getQuery() {
        return query;
    }

    public List<ReferenceView> getCategories() {
        return categories;
    }

    public List<ProductView> getProducts() {
        return products;
    }

    /** Paragraphs of a plain text (split on blank lines), for descriptions and introductions. */
    public static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public List<String> paras(String text) {
        return paragraphs(text);
    }

    /** The lines of a plain text (usage steps), without a leading "1." numbering since the page numbers them. */
    public List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.strip().lines().map(l -> l.strip().replaceFirst("^\\d+[.、)]\\s*", "")).filter(l -> !l.isEmpty()).toList();
    }

    public String firstParagraph(String text) {
        List<String> p = paragraphs(text);
        return p.isEmpty() ? "" : p.get(0);
    }
}

package io.suanli.web.console.view.ops;

import io.suanli.core.catalog.application.CatalogAdminService;
import io.suanli.core.catalog.application.ProductQuery;
import io.suanli.core.catalog.application.ProductView;
import io.suanli.core.catalog.application.ReferenceView;
import io.suanli.core.shared.domain.Page;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** {@code /console/ops/products.xhtml}: the product table of the product center (O1), lazy, sortable and filterable. */
@Named
@ViewScoped
public class ProductsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final List<String> STATUSES = List.of("DRAFT", "PREVIEW", "ON_SHELF", "OFF_SHELF");

    @Inject
    transient CatalogAdminService catalog;

    private final LazyDataModel<ProductView> rows = new Rows();
    private List<ReferenceView> categories;

    @PostConstruct
    void load() {
        categories = catalog.categories();
    }

    private final class Rows extends LazyDataModel<ProductView> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) catalog.products(query(filterBy, Map.of()), 0, 1).total();
        }

        @Override
        public List<ProductView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<ProductView> page = catalog.products(query(filterBy, sortBy), first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(ProductView row) {
            return row.code();
        }
    }

    static ProductQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return new ProductQuery(filter(filterBy, "name"), filter(filterBy, "status"), filter(filterBy, "category"),
                sort == null ? "sortOrder" : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }

    private static String filter(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta f = filterBy.get(field);
        return f == null || f.getFilterValue() == null ? null : String.valueOf(f.getFilterValue());
    }

    public LazyDataModel<ProductView> getRows() { return rows; }
    public List<ReferenceView> getCategories() { return categories; }
    public List<String> getStatuses() { return STATUSES; }
}

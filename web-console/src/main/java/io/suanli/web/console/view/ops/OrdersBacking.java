package io.suanli.web.console.view.ops;

import io.suanli.core.ordering.application.OrderQuery;
import io.suanli.core.ordering.application.OrderService;
import io.suanli.core.ordering.application.OrderView;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Money;
import io.suanli.web.console.view.common.ConsoleBean;
import io.suanli.web.console.view.common.PagedModel;
import io.suanli.web.console.view.user.MyOrdersBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /console/ops/orders.xhtml}: all orders (O4) with filters by status, type, product, customer, time and amount;
 * the acceptance queue is the same page filtered to paid new orders. Excel export of the filtered list.
 */
@Named
@ViewScoped
public class OrdersBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient OrderService orders;

    @Inject
    transient ConsoleBean console;

    @Inject
    transient io.suanli.core.identity.application.CustomerDirectory directory;

    /** Names of the customers on the pages seen so far (a view's worth). */
    private final java.util.Map<Long, String> names = new java.util.HashMap<>();

    private String status;
    private String type;
    private String productCode;
    private Long customerId;
    private LocalDate from;
    private LocalDate to;
    private String minAmount;
    private String maxAmount;
    private final PagedModel<OrderView> rows = new PagedModel<>(page -> orders.all(query(), page[0], page[1]), OrderView::orderNo);

    OrderQuery query() {
        return new OrderQuery(customerId, status, type, productCode, PlatformClock.startOf(from),
                PlatformClock.startOf(to == null ? null : to.plusDays(1)), amount(minAmount), amount(maxAmount));
    }

    private static BigDecimal amount(String text) {
        return text == null || text.isBlank() ? null : Money.parseExact(text).amount();
    }

    public StreamedContent getExport() {
        byte[] xlsx = orders.export(query(), console.getLocale());
        return DefaultStreamedContent.builder().name("orders.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(xlsx)).build();
    }

    public PagedModel<OrderView> getRows() { return rows; }

    /** The customer's name for a row; the names of the whole loaded page are fetched at once. */
    public String customerName(long id) {
        if (!names.containsKey(id)) {
            java.util.Set<Long> ids = new java.util.HashSet<>();
            java.util.List<OrderView> loaded = rows.getWrappedData();
            if (loaded != null) {
                loaded.forEach(o -> ids.add(o.customerId()));
            }
            ids.add(id);
            ids.removeAll(names.keySet());
            java.util.Map<Long, String> found = directory.names(ids);
            ids.forEach(i -> names.put(i, found.getOrDefault(i, String.valueOf(i))));
        }
        return names.get(id);
    }
    public List<String> getStatuses() { return MyOrdersBacking.STATUSES; }
    public List<String> getTypes() { return MyOrdersBacking.TYPES; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getProductCode() { return productCode; }
    public void setProductCode(String v) { productCode = v; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long v) { customerId = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
    public String getMinAmount() { return minAmount; }
    public void setMinAmount(String v) { minAmount = v; }
    public String getMaxAmount() { return maxAmount; }
    public void setMaxAmount(String v) { maxAmount = v; }
}

package io.suanli.web.console.view.common;

import io.suanli.core.billing.application.TransactionQuery;
import io.suanli.core.billing.application.TransactionView;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The filters of the transaction details (user console) and of the platform ledger (operations console): type,
 * channel, a date range in Beijing time and, for finance, a customer; and the lazy table model over them.
 */
public class TransactionFilter implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final List<String> TYPES = List.of("RECHARGE", "DEDUCTION", "CONSUMPTION", "REFUND", "FREEZE", "UNFREEZE",
            "CREDIT_GRANT", "ADJUSTMENT", "COUPON_REDEEM");
    public static final List<String> CHANNELS = List.of("CASH_BALANCE", "WECHAT", "ALIPAY", "ECNY", "UNIONPAY", "BANK_TRANSFER",
            "CASH_COUPON_BALANCE", "DEDUCTION_CASH_COUPON", "CREDIT_BALANCE", "RECHARGE_CASH_COUPON", "CONTRACT_CREDIT", "PLATFORM");

    private Long customerId;
    private String type;
    private String channel;
    private LocalDate from;
    private LocalDate to;

    public TransactionQuery query() {
        return new TransactionQuery(customerId, type, channel, PlatformClock.startOf(from),
                PlatformClock.startOf(to == null ? null : to.plusDays(1)));
    }

    /** A lazy model reading pages through {@code source(query, first, max)}. */
    public LazyDataModel<TransactionView> model(SerializableSource source) {
        return new LazyDataModel<>() {
            @Serial
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) source.apply(query(), new int[]{0, 1}).total();
            }

            @Override
            public List<TransactionView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                Page<TransactionView> page = source.apply(query(), new int[]{first, pageSize});
                setRowCount((int) page.total());
                return page.rows();
            }

            @Override
            public String getRowKey(TransactionView row) {
                return String.valueOf(row.id());
            }
        };
    }

    /** Reads one page: the query and {first, max}. */
    public interface SerializableSource extends BiFunction<TransactionQuery, int[], Page<TransactionView>>, Serializable {
    }

    public List<String> getTypes() { return TYPES; }
    public List<String> getChannels() { return CHANNELS; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long v) { customerId = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
}

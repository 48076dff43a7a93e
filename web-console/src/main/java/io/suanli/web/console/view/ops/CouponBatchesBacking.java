package io.suanli.web.console.view.ops;

import io.suanli.core.marketing.application.BatchDraft;
import io.suanli.core.marketing.application.BatchService;
import io.suanli.core.marketing.application.BatchView;
import io.suanli.core.marketing.application.CouponWorth;
import io.suanli.core.marketing.application.GrantFilter;
import io.suanli.core.marketing.application.GrantResult;
import io.suanli.core.marketing.application.PackItem;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.web.console.view.common.ConsoleBean;
import io.suanli.web.console.view.common.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /console/ops/coupon-batches.xhtml}: batches of coupons, deduction and recharge cash coupons (O5) — a lazy table
 * with each batch's usage (granted of quantity, used, expired, discount given) and how it grants, a new batch, a manual
 * grant of one batch to the customers named by id or matching a filter (type, verified, province, city) — asked first;
 * the service refuses a grant beyond what is left, whole — and the one export of a recharge batch's codes.
 */
@Named
@ViewScoped
public class CouponBatchesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient BatchService batches;

    @Inject
    transient ConsoleBean console;

    @Inject
    transient PlatformClock clock;

    private final PagedModel<BatchView> rows = new PagedModel<>(page -> batches.list(page[0], page[1]), b -> String.valueOf(b.id()));

    private String kind = "COUPON";
    private String couponKind = "AMOUNT_OFF";
    private String name;
    private Integer quantity;
    private Integer perCustomer = 1;
    private String amountOff;
    private String percentOff;
    private String maxOff;
    private String threshold;
    private boolean withDiscounts = true;
    private String faceValue;
    private boolean paygAllowed;
    private String productCode;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String autoGrantOn = "";
    private String autoGrantMin;
    private List<Object> packItems = List.of();
    private List<BatchView> packable = List.of();

    private BatchView granting;
    private String grantTo = "IDS";
    private String customerIds;
    private String filterType;
    private boolean filterVerified = true;
    private String filterProvince;
    private String filterCity;

    /** A new batch is valid from today for a year unless operations choose otherwise. */
    @PostConstruct
    void defaults() {
        validFrom = clock.today();
        validTo = validFrom.plusYears(1);
        // the batches an activity pack may bundle: coupons and deduction cash coupons with something left
        packable = batches.list(0, 200).rows().stream().filter(b -> ("COUPON".equals(b.kind()) || "DEDUCTION_CASH_COUPON".equals(b.kind()))
                && b.grantable()).toList();
    }

    public void create() {
        boolean coupon = "COUPON".equals(kind);
        boolean amount = coupon && "AMOUNT_OFF".equals(couponKind);
        boolean byCodes = "RECHARGE_CASH_COUPON".equals(kind);
        boolean pack = "ACTIVITY_PACK".equals(kind);
        List<PackItem> items = pack ? packItems.stream().map(id -> new PackItem(Long.valueOf(String.valueOf(id)), 1)).toList() : null;
        BatchDraft d = new BatchDraft(kind, name, quantity, perCustomer, amount ? amountOff : null, coupon && !amount ? percentOff : null,
                coupon && !amount ? ConsoleBean.trimmed(maxOff) : null, coupon ? ConsoleBean.trimmed(threshold) : null, coupon ? withDiscounts : null,
                coupon || pack ? null : faceValue, "DEDUCTION_CASH_COUPON".equals(kind) ? paygAllowed : null, null,
                byCodes || pack ? null : ConsoleBean.trimmed(productCode), null, PlatformClock.startOf(validFrom), PlatformClock.startOf(validTo),
                byCodes ? null : ConsoleBean.trimmed(autoGrantOn), !byCodes && "FIRST_RECHARGE".equals(autoGrantOn) ? ConsoleBean.trimmed(autoGrantMin) : null,
                items);
        if (console.act(() -> batches.create(d), "marketing.batchCreated")) {
            name = null;
            quantity = null;
            amountOff = null;
            percentOff = null;
            maxOff = null;
            threshold = null;
            faceValue = null;
            productCode = null;
            autoGrantOn = "";
            autoGrantMin = null;
            packItems = List.of();
            defaults();
        }
    }

    /** Opens the grant form of a batch. */
    public void startGrant(BatchView b) {
        granting = b;
        grantTo = "IDS";
        customerIds = null;
    }

    public void cancelGrant() {
        granting = null;
    }

    /** Grants the open batch to the customer ids entered (commas, spaces or lines between them), or to those the filter matches. */
    public void grant() {
        if ("FILTER".equals(grantTo)) {
            GrantFilter f = new GrantFilter(filterType, filterVerified, filterProvince, filterCity);
            GrantResult[] r = new GrantResult[1];
            if (console.act(() -> r[0] = batches.grantMatching(granting.id(), f), null)) {
                granted(r[0]);
            }
            return;
        }
        List<Long> ids = new ArrayList<>();
        for (String part : (customerIds == null ? "" : customerIds).split("[\\s,，;；]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                ids.add(Long.valueOf(part));
            } catch (NumberFormatException e) {
                error(MessageFormat.format(console.text("marketing.grantBadId"), part));
                return;
            }
        }
        GrantResult[] r = new GrantResult[1];
        if (console.act(() -> r[0] = batches.grant(granting.id(), ids), null)) {
            granted(r[0]);
        }
    }

    private void granted(GrantResult r) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(console.text("marketing.grantDone"), r.granted().size(), r.skipped().size()), null));
        granting = null;
    }

    /** What one grant of the batch is worth, as one line (满 ¥500.00 减 ¥50.00, 15% 折扣,最多减 ¥200.00, 代金券 ¥300.00). */
    public String value(BatchView b) {
        return CouponWorth.of(console.getLocale(), b);
    }

    /** How the batch grants: by hand, or on which customer event. */
    public String granting(BatchView b) {
        return CouponWorth.granting(console.getLocale(), b);
    }

    /** The codes of a recharge cash coupon batch, made now, as an Excel workbook: this once (asked first); null and a message when refused. */
    public StreamedContent codes(BatchView b) {
        byte[][] xlsx = new byte[1][];
        if (!console.act(() -> xlsx[0] = batches.exportCodes(b.id(), console.getLocale()), null)) {
            return null;
        }
        return DefaultStreamedContent.builder().name("codes-" + b.id() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(xlsx[0])).build();
    }

    /** Every batch with its usage as an Excel workbook. */
    public StreamedContent getExport() {
        byte[] xlsx = batches.export(console.getLocale());
        return DefaultStreamedContent.builder().name("coupon-batches.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(xlsx)).build();
    }

    private void error(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }



    public PagedModel<BatchView> getRows() { return rows; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getCouponKind() { return couponKind; }
    public void setCouponKind(String v) { couponKind = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public Integer getQuantity() { return quantity; }
    public void setQuantity(Integer v) { quantity = v; }
    public Integer getPerCustomer() { return perCustomer; }
    public void setPerCustomer(Integer v) { perCustomer = v; }
    public String getAmountOff() { return amountOff; }
    public void setAmountOff(String v) { amountOff = v; }
    public String getPercentOff() { return percentOff; }
    public void setPercentOff(String v) { percentOff = v; }
    public String getMaxOff() { return maxOff; }
    public void setMaxOff(String v) { maxOff = v; }
    public String getThreshold() { return threshold; }
    public void setThreshold(String v) { threshold = v; }
    public boolean isWithDiscounts() { return withDiscounts; }
    public void setWithDiscounts(boolean v) { withDiscounts = v; }
    public String getFaceValue() { return faceValue; }
    public void setFaceValue(String v) { faceValue = v; }
    public boolean isPaygAllowed() { return paygAllowed; }
    public void setPaygAllowed(boolean v) { paygAllowed = v; }
    public String getProductCode() { return productCode; }
    public void setProductCode(String v) { productCode = v; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate v) { validFrom = v; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate v) { validTo = v; }
    public List<Object> getPackItems() { return packItems; }
    public void setPackItems(List<Object> v) { packItems = v == null ? List.of() : v; }
    public List<BatchView> getPackable() { return packable; }
    public String getAutoGrantOn() { return autoGrantOn; }
    public void setAutoGrantOn(String v) { autoGrantOn = v; }
    public String getAutoGrantMin() { return autoGrantMin; }
    public void setAutoGrantMin(String v) { autoGrantMin = v; }
    public BatchView getGranting() { return granting; }
    public String getGrantTo() { return grantTo; }
    public void setGrantTo(String v) { grantTo = v; }
    public String getFilterType() { return filterType; }
    public void setFilterType(String v) { filterType = v; }
    public boolean isFilterVerified() { return filterVerified; }
    public void setFilterVerified(boolean v) { filterVerified = v; }
    public String getFilterProvince() { return filterProvince; }
    public void setFilterProvince(String v) { filterProvince = v; }
    public String getFilterCity() { return filterCity; }
    public void setFilterCity(String v) { filterCity = v; }
    public String getCustomerIds() { return customerIds; }
    public void setCustomerIds(String v) { customerIds = v; }
}

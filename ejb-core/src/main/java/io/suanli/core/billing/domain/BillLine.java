package io.suanli.core.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * One line of a bill: a product, spec, billing mode and order type, charged or refunded, with the ledger entries summed.
 * Written once, in one revision of its bill ({@link Bill#revision()}); never updated nor deleted.
 */
@Entity
@Table(name = "bill_line")
public class BillLine {

    @Id
    private long id;

    @Column(name = "bill_id", nullable = false, updatable = false)
    private long billId;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(name = "product_code", nullable = false, updatable = false)
    private String productCode;

    @Column(name = "spec_code", nullable = false, updatable = false)
    private String specCode;

    @Column(name = "billing_mode", nullable = false, updatable = false)
    private String billingMode;

    @Column(name = "order_type", nullable = false, updatable = false)
    private String orderType;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal discount;

    @Column(nullable = false, updatable = false)
    private int entries;

    protected BillLine() {
    }

    public BillLine(long id, long billId, int revision, String productCode, String specCode, String billingMode, String orderType,
                    String kind, BigDecimal amount, BigDecimal discount, int entries) {
        this.id = id;
        this.billId = billId;
        this.revision = revision;
        this.productCode = productCode;
        this.specCode = specCode;
        this.billingMode = billingMode;
        this.orderType = orderType;
        this.kind = kind;
        this.amount = amount;
        this.discount = discount;
        this.entries = entries;
    }

    public long billId() { return billId; }
    public int revision() { return revision; }
    public String productCode() { return productCode; }
    public String specCode() { return specCode; }
    public String billingMode() { return billingMode; }
    public String orderType() { return orderType; }
    public String kind() { return kind; }
    public BigDecimal amount() { return amount; }
    public BigDecimal discount() { return discount; }
    public int entries() { return entries; }
}

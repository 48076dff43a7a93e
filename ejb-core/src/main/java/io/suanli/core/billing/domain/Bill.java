package io.suanli.core.billing.domain;

import io.suanli.core.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer's bill of one month (U8, O4), built from the ledger: what was charged, refunded, the net total, the
 * discounts the orders carried and what has been invoiced. Its lines are never deleted nor changed: they belong to a
 * {@code revision} of the bill, and building the month again either finds the same lines (nothing is written but when
 * it was built) or, when the ledger of the month changed, writes the new lines as the next revision. The newest
 * revision is the bill; the older ones stay as they were shown.
 */
@Entity
@Table(name = "bill")
public class Bill {

    @Id
    private long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal charged;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal refunded;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal total;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal discount;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal invoiced;

    @Column(name = "built_at", nullable = false)
    private Instant builtAt;

    @Column(name = "built_by", nullable = false)
    private String builtBy;

    /** When the "bill ready" message went out; set once, in the transaction that sent it (rebuilding keeps it). */
    @Column(name = "notified_at")
    private Instant notifiedAt;

    /** The revision of the lines that are the bill now; 1 when first kept, one more each time its lines changed. */
    @Column(nullable = false)
    private int revision = 1;

    @Version
    private long version;

    protected Bill() {
    }

    public Bill(long id, long customerId, String period) {
        this.id = id;
        this.customerId = customerId;
        this.period = period;
        this.invoiced = BigDecimal.ZERO.setScale(2);
    }

    public void built(Money charged, Money refunded, Money discount, Instant at, String by) {
        this.charged = charged.amount();
        this.refunded = refunded.amount();
        this.total = charged.minus(refunded).amount();
        this.discount = discount.amount();
        this.builtAt = at;
        this.builtBy = by;
    }

    /** Building again found other lines: they are written as the next revision, the lines of this one stay. */
    public void revise() {
        this.revision++;
    }

    /** The "bill ready" message of this bill went out. */
    public void notified(Instant at) {
        if (notifiedAt == null) {
            notifiedAt = at;
        }
    }

    public long id() { return id; }
    public long customerId() { return customerId; }
    public String period() { return period; }
    public Money charged() { return Money.of(charged); }
    public Money refunded() { return Money.of(refunded); }
    public Money total() { return Money.of(total); }
    public Money discount() { return Money.of(discount); }
    public Money invoiced() { return Money.of(invoiced); }
    public Instant builtAt() { return builtAt; }
    public Instant notifiedAt() { return notifiedAt; }
    public int revision() { return revision; }
}

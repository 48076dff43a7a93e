package io.suanli.core.service.infrastructure;

import io.suanli.core.service.domain.Contract;
import io.suanli.core.service.domain.ContractStatus;
import io.suanli.core.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A stored contract (table {@code contract}); its terms never change, its state only through {@link #move}. */
@Entity
@Table(name = "contract")
public class ContractRow {

    @Id
    private long id;

    @Column(name = "contract_no", nullable = false, updatable = false)
    private String contractNo;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "credit_line", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal creditLine;

    @Column(name = "discount_rate", updatable = false, precision = 5, scale = 4)
    private BigDecimal discountRate;

    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false, updatable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContractStatus status;

    @Column(name = "credit_granted", nullable = false)
    private boolean creditGranted;

    @Column(name = "discount_id")
    private Long discountId;

    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "activated_by")
    private String activatedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "reminded_30_at")
    private Instant reminded30At;

    @Column(name = "reminded_7_at")
    private Instant reminded7At;

    @Version
    private long version;

    protected ContractRow() {
    }

    public ContractRow(long id, Contract c, Instant at, String by) {
        this.id = id;
        this.contractNo = c.contractNo();
        this.customerId = c.customerId();
        this.creditLine = c.creditLine().amount();
        this.discountRate = c.discountRate();
        this.startsOn = c.startsOn();
        this.endsOn = c.endsOn();
        this.status = ContractStatus.DRAFT;
        this.createdAt = at;
        this.createdBy = by;
    }

    public void move(ContractStatus.Verb verb, String reason, Instant at, String by) {
        status = status.apply(verb);
        if (verb == ContractStatus.Verb.ACTIVATE) {
            activatedAt = at;
            activatedBy = by;
        } else {
            closedAt = at;
            closedBy = by;
            this.reason = reason;
        }
    }

    public void creditGranted(boolean granted) { this.creditGranted = granted; }

    /** A reminder ({@code days} ahead) was sent; the 7-day one stands for the 30-day one too. */
    public void reminded(int days, Instant at) {
        if (reminded30At == null) {
            reminded30At = at;
        }
        if (days == io.suanli.core.service.domain.Contract.LAST_REMINDER) {
            reminded7At = at;
        }
    }

    public Instant reminded30At() { return reminded30At; }
    public Instant reminded7At() { return reminded7At; }
    public void discount(Long id) { this.discountId = id; }

    public long id() { return id; }
    public String contractNo() { return contractNo; }
    public long customerId() { return customerId; }
    public Money creditLine() { return Money.of(creditLine); }
    public BigDecimal discountRate() { return discountRate; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public ContractStatus status() { return status; }
    public boolean creditGranted() { return creditGranted; }
    public Long discountId() { return discountId; }
    public String reason() { return reason; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant activatedAt() { return activatedAt; }
    public String activatedBy() { return activatedBy; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
}

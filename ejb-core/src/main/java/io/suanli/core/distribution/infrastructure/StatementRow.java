package io.suanli.core.distribution.infrastructure;

import io.suanli.core.distribution.domain.Statement;
import io.suanli.core.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A stored monthly statement (table {@code distribution_statement}, unique per distributor and period): the figures
 * the bill run made and where it stands. A draft is remade by a later run of its period (the same lines give the same
 * figures); a confirmed or settled one is never touched again by a run.
 */
@Entity
@Table(name = "distribution_statement")
public class StatementRow {

    @Id
    private long id;

    @Column(name = "distributor_id", nullable = false, updatable = false)
    private long distributorId;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal opening;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal accrued;

    @Column(name = "clawed_back", nullable = false, precision = 19, scale = 2)
    private BigDecimal clawedBack;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal closing;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(nullable = false)
    private String status;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(name = "made_by", nullable = false)
    private String madeBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "paid_out", nullable = false, precision = 19, scale = 2)
    private BigDecimal paidOut = BigDecimal.ZERO.setScale(2);

    @Column(name = "payout_reference")
    private String payoutReference;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "settled_by")
    private String settledBy;

    protected StatementRow() {
    }

    public StatementRow(long id, Statement s, int lineCount, String by) {
        this.id = id;
        this.distributorId = s.distributorId();
        this.period = s.period().toString();
        this.madeBy = by;
        remake(s, lineCount, by);
    }

    /** Takes the figures of a statement made again (a draft only). */
    public void remake(Statement s, int lines, String by) {
        if (!Statement.Status.DRAFT.name().equals(status) && status != null) {
            throw new IllegalStateException("a " + status + " statement is not remade");
        }
        this.opening = s.opening().amount();
        this.accrued = s.accrued().amount();
        this.clawedBack = s.clawedBack().amount();
        this.closing = s.closing().amount();
        this.lineCount = lines;
        this.status = s.status().name();
        if (this.madeAt == null) { // made again, it keeps the day it was first made (its seven days run from then)
            this.madeAt = s.madeAt();
        }
        this.madeBy = by;
    }

    public Statement toDomain() {
        return new Statement(distributorId, YearMonth.parse(period), Money.of(opening), Money.of(accrued), Money.of(clawedBack),
                Statement.Status.valueOf(status), madeAt, Money.of(paidOut), payoutReference);
    }

    /** Takes the state of the statement after a confirmation or a settlement. */
    public void moved(Statement s, Instant at, String by) {
        Statement.Status to = s.status();
        if (to == Statement.Status.CONFIRMED || (to == Statement.Status.SETTLED && confirmedAt == null)) {
            this.confirmedAt = at;
            this.confirmedBy = by;
        }
        if (to == Statement.Status.SETTLED) {
            this.paidOut = s.paidOut().amount();
            this.payoutReference = s.payoutReference();
            this.settledAt = at;
            this.settledBy = by;
        }
        this.status = to.name();
    }

    public long id() { return id; }
    public long distributorId() { return distributorId; }
    public String period() { return period; }
    public Money closing() { return Money.of(closing); }
    public int lineCount() { return lineCount; }
    public Statement.Status status() { return Statement.Status.valueOf(status); }
    public Instant madeAt() { return madeAt; }
    public Instant confirmedAt() { return confirmedAt; }
    public String confirmedBy() { return confirmedBy; }
    public Instant settledAt() { return settledAt; }
    public String settledBy() { return settledBy; }
}

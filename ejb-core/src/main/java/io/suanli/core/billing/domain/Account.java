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
 * A customer's account: the balances of its ledger accounts, kept in the same transaction as every posting (the
 * ledger is the truth; {@code reconcile} proves these equal it). The row is locked for every movement, so no two
 * movements of one customer interleave and cash + available credit never go below zero.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @Column(name = "customer_id")
    private long customerId;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal cash;

    @Column(name = "credit_limit", nullable = false, precision = 19, scale = 2)
    private BigDecimal creditLimit;

    @Column(name = "credit_used", nullable = false, precision = 19, scale = 2)
    private BigDecimal creditUsed;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal frozen;

    @Column(name = "cash_coupon", nullable = false, precision = 19, scale = 2)
    private BigDecimal cashCoupon;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal consumed;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Account() {
    }

    public static Account open(long customerId, Instant at) {
        Account a = new Account();
        a.customerId = customerId;
        a.cash = BigDecimal.ZERO.setScale(2);
        a.creditLimit = BigDecimal.ZERO.setScale(2);
        a.creditUsed = BigDecimal.ZERO.setScale(2);
        a.frozen = BigDecimal.ZERO.setScale(2);
        a.cashCoupon = BigDecimal.ZERO.setScale(2);
        a.consumed = BigDecimal.ZERO.setScale(2);
        a.updatedAt = at;
        return a;
    }

    /**
     * Applies a customer posting to the cached balance and answers the balance the customer sees after it. A
     * posting's sign is the change of the ledger account: cash +100 is a recharge, credit −50 is 50 more used.
     */
    public Money apply(SubAccount account, Money change, Instant at) {
        BigDecimal c = change.amount();
        updatedAt = at;
        switch (account) {
            case CASH -> cash = cash.add(c);
            case CREDIT -> creditUsed = creditUsed.subtract(c);
            case CREDIT_LINE -> creditLimit = creditLimit.add(c);
            case FROZEN -> frozen = frozen.add(c);
            case CASH_COUPON -> cashCoupon = cashCoupon.add(c);
            default -> throw new IllegalArgumentException("not a customer account: " + account);
        }
        boolean moreCreditThanTheLine = account == SubAccount.CREDIT && c.signum() < 0 && creditUsed.compareTo(creditLimit) > 0;
        if (cash.signum() < 0 || frozen.signum() < 0 || cashCoupon.signum() < 0 || creditUsed.signum() < 0
                || creditLimit.signum() < 0 || moreCreditThanTheLine) {
            throw new IllegalStateException("a balance would go below zero: " + account + " " + change);
        }
        return balanceOf(account);
    }

    public void addConsumed(Money m) {
        consumed = consumed.add(m.amount());
    }

    public Money balanceOf(SubAccount account) {
        return switch (account) {
            case CASH -> cash();
            case CREDIT -> creditAvailable();
            case CREDIT_LINE -> creditLimit();
            case FROZEN -> frozen();
            case CASH_COUPON -> cashCoupon();
            default -> throw new IllegalArgumentException("not a customer account: " + account);
        };
    }

    public long customerId() { return customerId; }
    public Money cash() { return Money.of(cash); }
    public Money creditLimit() { return Money.of(creditLimit); }
    public Money creditUsed() { return Money.of(creditUsed); }
    public Money creditAvailable() { return Money.of(creditLimit.subtract(creditUsed).max(BigDecimal.ZERO)); }
    public Money frozen() { return Money.of(frozen); }
    public Money cashCoupon() { return Money.of(cashCoupon); }
    public Money consumed() { return Money.of(consumed); }
}

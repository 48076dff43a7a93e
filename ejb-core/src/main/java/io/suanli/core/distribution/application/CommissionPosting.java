package io.suanli.core.distribution.application;

import io.suanli.core.billing.application.ConsumptionPosted;
import io.suanli.core.distribution.domain.Commission;
import io.suanli.core.distribution.domain.CommissionLine;
import io.suanli.core.distribution.infrastructure.BindingRow;
import io.suanli.core.distribution.infrastructure.CommissionLineRow;
import io.suanli.core.distribution.infrastructure.DistributionRepository;
import io.suanli.core.distribution.infrastructure.DistributorRow;
import io.suanli.core.distribution.infrastructure.LevelRow;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.NoFunction;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Commission from the ledger (SPEC §10): every consumption entry of a bound customer — an order's payment of any type,
 * a pay-as-you-go hour, what an arrears hour owed — posts its accrual lines, and every refund of one (unsubscribe,
 * change down, rejection, a usage correction) posts the proportional clawback of each accrual of the refunded group.
 * It observes the ledger's own event inside the ledger's transaction, under the customer's account lock: a line is
 * written exactly when its entry is, never twice (each line's key is unique), and no consumption path can bypass it.
 */
@Stateless
@PermitAll
@NoFunction("observes the ledger's entries inside the ledger's transaction; it acts on no caller's input")
public class CommissionPosting {

    @Inject
    DistributionRepository repository;

    public void posted(@Observes ConsumptionPosted e) {
        if (!e.cashAndCredit().isPositive()) {
            return; // paid from the cash-coupon balance alone: no base
        }
        if (e.refund()) {
            clawBack(e);
        } else {
            accrue(e);
        }
    }

    private void accrue(ConsumptionPosted e) {
        BindingRow binding = repository.currentBinding(e.customerId());
        if (binding == null) {
            return;
        }
        DistributorRow d = repository.distributor(binding.distributorId());
        Commission.Earner direct = new Commission.Earner(d.customerId(), level(d));
        Commission.Earner parent = null;
        if (d.parentCustomerId() != null) {
            DistributorRow p = repository.distributor(d.parentCustomerId());
            parent = new Commission.Earner(p.customerId(), level(p));
        }
        for (CommissionLine line : Commission.accrue(e.customerId(), e.reference(), e.cashAndCredit(), direct, parent)) {
            write("A:" + e.entryId() + ":" + line.distributorId(), line, e.entryId(), null, e.at());
        }
    }

    private void clawBack(ConsumptionPosted e) {
        List<CommissionLineRow> accruals = repository.accruals(e.customerId(), e.charges());
        if (accruals.isEmpty()) {
            return;
        }
        Money base = e.chargedCashAndCredit();
        // the refund that returns the last of the group's cash and credit reverses what is left of each accrual exactly
        boolean last = e.refundedBefore().plus(e.cashAndCredit()).compareTo(base) >= 0;
        Money refund = last ? base : e.cashAndCredit();
        for (CommissionLineRow a : accruals) {
            CommissionLine back = Commission.clawback(a.toDomain(), refund, base, Money.of(repository.clawedBack(a.id())), e.reference());
            if (back != null) {
                write("C:" + e.entryId() + ":" + a.id(), new CommissionLine(back.distributorId(), back.kind(), back.role(), back.customerId(),
                        back.source(), e.cashAndCredit(), back.rate(), back.amount()), e.entryId(), a.id(), e.at());
            }
        }
    }

    private void write(String key, CommissionLine line, long entryId, Long accrualId, Instant at) {
        if (!repository.lineExists(key)) {
            repository.persist(new CommissionLineRow(Ids.next(), key, line, entryId, accrualId, period(at), at));
        }
    }

    private io.suanli.core.distribution.domain.Level level(DistributorRow d) {
        LevelRow l = repository.level(d.levelCode());
        return l.toDomain();
    }

    /** The month (platform time zone) a line counts in. */
    static String period(Instant at) {
        return YearMonth.from(at.atZone(PlatformClock.ZONE)).toString();
    }
}

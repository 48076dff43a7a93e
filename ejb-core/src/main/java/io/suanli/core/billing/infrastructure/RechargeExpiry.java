package io.suanli.core.billing.infrastructure;

import io.suanli.core.billing.application.RechargePayments;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute: pending recharges whose time ran out are asked of their channel once more (a payment whose
 * notification was lost is credited) and otherwise closed at the channel and expired. Several nodes may run it at
 * once: each recharge is settled under its row lock.
 */
@Singleton
@DependsOn("DatabaseMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RechargeExpiry {

    private static final Logger LOG = Logger.getLogger(RechargeExpiry.class.getName());

    @Inject
    RechargePayments payments;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "expire unpaid recharges")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        for (String rechargeNo : payments.due(200)) {
            try {
                payments.expireIfDue(rechargeNo);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "recharge " + rechargeNo + " not settled, next minute again", e);
            }
        }
    }
}

package io.suanli.core.billing.application;

import io.suanli.core.billing.domain.EntryType;
import io.suanli.core.billing.domain.PayFrom;
import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The dev profile's direct ledger moves ({@code /api/v1/dev/charges|refunds|freezes|unfreezes}), for system
 * administrators playing scenarios through; outside the dev profile there is nothing here. The caller-facing door to
 * {@link LedgerService}, which no web code reaches itself.
 */
@Stateless
@RolesAllowed(Roles.SYS_ADMIN)
@NoFunction("dev profile only: scenario tools of system administrators, closed in production")
public class DevLedgerService {

    @Inject
    LedgerService ledger;

    @Inject
    PlatformConfig config;

    public ChargeResult charge(long customerId, Money amount, String payFrom, String reference) {
        requireDev();
        return ledger.charge(customerId, amount, PayFrom.parse(payFrom), EntryType.CONSUMPTION, reference, "dev charge");
    }

    public ChargeResult refund(long customerId, String reference, String chargeReference, Money amount) {
        requireDev();
        return ledger.refund(customerId, reference, chargeReference, amount, "dev refund");
    }

    public ChargeResult freeze(long customerId, Money amount, String reference) {
        requireDev();
        return ledger.freeze(customerId, amount, reference);
    }

    public ChargeResult unfreeze(long customerId, String freezeReference) {
        requireDev();
        return ledger.unfreeze(customerId, freezeReference);
    }

    private void requireDev() {
        if (!config.isDev()) {
            throw new NotFoundException("request.notFound");
        }
    }
}

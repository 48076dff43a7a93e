package io.suanli.core.marketing.application;

import io.suanli.core.billing.application.RechargeCredited;
import io.suanli.core.identity.application.CustomerEvent;
import io.suanli.core.marketing.domain.AutoGrant;
import io.suanli.core.marketing.domain.Batch;
import io.suanli.core.marketing.infrastructure.BatchRow;
import io.suanli.core.marketing.infrastructure.GrantRepository;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.AuditRecord;
import io.suanli.core.shared.domain.AuditSink;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Automatic grants (SPEC §9): when a customer registers, is verified or makes its first recharge, each batch in its
 * validity that grants itself on that event (a first recharge only when large enough) grants the customer one — once:
 * a customer already holding as many as the batch allows gets none, and a batch with nothing left grants nobody. It
 * runs after the event's transaction committed, in a transaction of its own, so a grant never holds up or undoes a
 * registration, a verification or a recharge; each grant is notified like a manual one and audited as
 * {@code auto:EVENT}.
 */
@Stateless
@RunAs(Roles.SYS_ADMIN)
@PermitAll
@NoFunction("observes identity's and billing's events after their transactions committed; it acts on no caller's input")
public class AutoGrants {

    private static final Logger LOG = Logger.getLogger(AutoGrants.class.getName());

    @Inject
    GrantRepository repository;

    @Inject
    GrantMaker maker;

    @Inject
    PlatformClock clock;

    @Inject
    AuditSink audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void customer(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerEvent e) {
        grantOn(e.kind() == CustomerEvent.Kind.REGISTERED ? AutoGrant.Trigger.REGISTERED : AutoGrant.Trigger.VERIFIED, e.customerId(), null);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recharged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RechargeCredited e) {
        if (e.first()) {
            grantOn(AutoGrant.Trigger.FIRST_RECHARGE, e.customerId(), e.amount());
        }
    }

    private void grantOn(AutoGrant.Trigger event, long customerId, Money amount) {
        Instant now = clock.now();
        for (BatchRow candidate : repository.autoGranting(event.name(), now)) {
            Batch b = candidate.toDomain();
            if (!b.autoGrant().firesOn(event, amount)) {
                continue;
            }
            BatchRow row = repository.lockBatch(b.id());
            if (row.granted() >= row.quantity()) {
                continue; // granted out by a concurrent grant since the query
            }
            String actor = b.autoGrant().actor();
            try {
                if (!maker.grant(b.id(), Set.of(customerId), actor).granted().isEmpty()) {
                    audit.write(new AuditRecord(now, actor, Roles.SYS_ADMIN, "BATCH_AUTO_GRANT", String.valueOf(b.id()),
                            "AutoGrants." + event + "(customer " + customerId + ")", "-", "-", "OK"));
                }
            } catch (SuanliException ex) {
                LOG.log(Level.WARNING, "batch {0} could not grant customer {1} on {2}: {3}", new Object[] {b.id(), customerId, event, ex.key()});
            }
        }
    }
}

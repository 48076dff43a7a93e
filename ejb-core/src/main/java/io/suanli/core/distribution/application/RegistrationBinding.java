package io.suanli.core.distribution.application;

import io.suanli.core.distribution.infrastructure.BindingRow;
import io.suanli.core.distribution.infrastructure.DistributionRepository;
import io.suanli.core.distribution.infrastructure.DistributorRow;
import io.suanli.core.identity.application.CustomerDirectory;
import io.suanli.core.identity.application.CustomerEvent;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Attribution at registration (SPEC §10): a customer that registered (or was onboarded) with a distributor's customer
 * invite code is bound to that distributor from that moment, inside the registration's transaction — a registration
 * that fails binds nobody, one that succeeds is never left unbound.
 */
@Stateless
@PermitAll
@RunAs(Roles.SYS_ADMIN)
@NoFunction("observes identity's registrations inside their transaction; it acts on no caller's input")
public class RegistrationBinding {

    @Inject
    DistributionRepository repository;

    @Inject
    CustomerDirectory customers;

    @Inject
    PlatformClock clock;

    public void registered(@Observes CustomerEvent e) {
        if (e.kind() != CustomerEvent.Kind.REGISTERED) {
            return;
        }
        CustomerDirectory.Standing s = customers.standing(e.customerId());
        DistributorRow d = s == null ? null : repository.byCustomerCode(s.inviteCode());
        if (d == null || d.customerId() == e.customerId() || repository.currentBinding(e.customerId()) != null) {
            return;
        }
        repository.persist(new BindingRow(Ids.next(), e.customerId(), d.customerId(), BindingRow.Source.REGISTRATION, null, clock.now(),
                "registration"));
    }
}

package io.suanli.core.distribution.application;

import io.suanli.core.identity.application.CustomerContacts;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.system.application.MessageService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Map;

/**
 * The notices of distribution (U11, O7): a submitted application rings the bell of distribution operations
 * (DISTRIBUTOR_APPLIED); its review tells the applicant's administrators in the bell and by SMS (DISTRIBUTOR_APPROVED
 * with the level, DISTRIBUTOR_REJECTED with the reason). It runs as the platform, which alone reads contacts; only
 * {@link DistributorService} reaches it, from the methods that check the caller.
 */
@Stateless
@RunAs(Roles.SYS_ADMIN)
@RolesAllowed({Roles.CUSTOMER, Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
@NoFunction("inside DistributorService.apply (the customer's own), approve and reject (which check the distribution function)")
public class DistributionNotices {

    @Inject
    CustomerContacts contacts;

    @Inject
    MessageService messages;

    /** An application was submitted: the bell of each distribution operations administrator. */
    public void applied(String customerName) {
        Map<String, String> vars = Map.of("customer", customerName == null ? "" : customerName);
        for (CustomerContacts.Contact c : contacts.staff(Roles.DIST_OPS_ADMIN)) {
            messages.inApp("DISTRIBUTOR_APPLIED", c.userId(), c.username(), Locale.SIMPLIFIED_CHINESE, vars);
        }
    }

    /** The application was approved with a level (its name and tier). */
    public void approved(long customerId, String levelName, int tier) {
        tell(customerId, "DISTRIBUTOR_APPROVED", Map.of("level", levelName, "tier", tier == 1 ? "一级分销商" : "二级分销商"));
    }

    /** The application was rejected with a reason. */
    public void rejected(long customerId, String reason) {
        tell(customerId, "DISTRIBUTOR_REJECTED", Map.of("reason", reason));
    }

    private void tell(long customerId, String template, Map<String, String> vars) {
        for (CustomerContacts.Contact c : contacts.administrators(customerId)) {
            messages.inApp(template, c.userId(), c.username(), Locale.SIMPLIFIED_CHINESE, vars);
            if (c.mobile() != null) {
                messages.sms(template, c.mobile(), Locale.SIMPLIFIED_CHINESE, vars, c.userId());
            }
        }
    }
}

package io.suanli.core.service.application;

import io.suanli.core.identity.application.CustomerContacts;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.system.application.MessageService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A contract's end coming (SPEC §11): the bell of the customer's administrators (CONTRACT_ENDING) and of operations —
 * every OPS_ADMIN and the staff user who entered the contract (CONTRACT_ENDING_OPS). Runs as the platform, which alone
 * reads contacts; only {@link ContractService#sweep} reaches it.
 */
@Stateless
@RunAs(Roles.SYS_ADMIN)
@RolesAllowed(Roles.SYS_ADMIN)
@NoFunction("inside ContractService.sweep, the platform's hour")
public class ContractNotices {

    @Inject
    CustomerContacts contacts;

    @Inject
    MessageService messages;

    public void ending(long customerId, String customerName, String contractNo, String endsOn, long days, String enteredBy) {
        Map<String, String> vars = Map.of("contractNo", contractNo, "endsOn", endsOn, "days", String.valueOf(days),
                "customer", customerName == null ? String.valueOf(customerId) : customerName);
        for (CustomerContacts.Contact c : contacts.administrators(customerId)) {
            messages.inApp("CONTRACT_ENDING", c.userId(), c.username(), Locale.SIMPLIFIED_CHINESE, vars);
        }
        Map<String, CustomerContacts.Contact> staff = new LinkedHashMap<>();
        contacts.staff(Roles.OPS_ADMIN).forEach(c -> staff.put(c.username(), c));
        contacts.staffNamed(List.of(enteredBy)).forEach(c -> staff.put(c.username(), c));
        for (CustomerContacts.Contact c : staff.values()) {
            messages.inApp("CONTRACT_ENDING_OPS", c.userId(), c.username(), Locale.SIMPLIFIED_CHINESE, vars);
        }
    }
}

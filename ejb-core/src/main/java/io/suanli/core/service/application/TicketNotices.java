package io.suanli.core.service.application;

import io.suanli.core.identity.application.CustomerContacts;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.system.application.MessageService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * The bell of tickets (SPEC §11), both ways: a new ticket to its group (or to whom round-robin gave it), an assignment
 * to the assignee, a staff reply or the resolution to the customer's administrators and the user who opened it, a
 * customer reply to the assignee (or the group), a breach to the assignee (or the group). It runs as the platform, which
 * alone reads contacts; only {@link TicketService} reaches it.
 */
@Stateless
@RunAs(Roles.SYS_ADMIN)
@RolesAllowed({Roles.CUSTOMER, Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
@NoFunction("inside TicketService, whose methods check the caller")
public class TicketNotices {

    @Inject
    CustomerContacts contacts;

    @Inject
    MessageService messages;

    /** Which of these usernames are active staff users (a dispatcher's assignee, a group's members). */
    public java.util.Set<String> activeStaff(Collection<String> usernames) {
        return contacts.staffNamed(usernames).stream().map(CustomerContacts.Contact::username).collect(java.util.stream.Collectors.toSet());
    }

    /** The bell of these staff users. */
    public void staff(String template, Collection<String> usernames, Map<String, String> vars) {
        for (CustomerContacts.Contact c : contacts.staffNamed(usernames)) {
            messages.inApp(template, c.userId(), c.username(), Locale.SIMPLIFIED_CHINESE, vars);
        }
    }

    /** The bell of the customer's administrators and of the user who opened the ticket. */
    public void customer(String template, long customerId, String openedBy, Map<String, String> vars) {
        java.util.Set<String> told = new java.util.HashSet<>();
        for (CustomerContacts.Contact c : contacts.administrators(customerId)) {
            messages.inApp(template, c.userId(), c.username(), Locale.SIMPLIFIED_CHINESE, vars);
            told.add(c.username());
        }
        if (!told.contains(openedBy)) {
            contacts.customerUser(customerId, openedBy).ifPresent(c -> messages.inApp(template, c.userId(), c.username(), Locale.SIMPLIFIED_CHINESE, vars));
        }
    }
}

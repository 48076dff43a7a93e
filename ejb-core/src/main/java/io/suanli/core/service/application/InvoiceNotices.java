package io.suanli.core.service.application;

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
 * The notices of invoicing (SPEC §11): a request rings the bell of each finance user (INVOICE_REQUESTED); its review
 * tells the customer's administrators in the bell, and an issued invoice is also sent to the e-mail address of the
 * request (INVOICE_APPROVED), a rejection carries its reason (INVOICE_REJECTED). It runs as the platform, which alone
 * reads contacts; only {@link InvoiceService} reaches it, from the methods that check the caller.
 */
@Stateless
@RunAs(Roles.SYS_ADMIN)
@RolesAllowed({Roles.CUSTOMER, Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
@NoFunction("inside InvoiceService.request (the customer's own), approve and reject (which check the invoice function)")
public class InvoiceNotices {

    @Inject
    CustomerContacts contacts;

    @Inject
    MessageService messages;

    public void requested(String customerName, String invoiceNo, String type, String amount) {
        Map<String, String> vars = Map.of("customer", customerName == null ? "" : customerName, "invoiceNo", invoiceNo,
                "type", type.equals("SPECIAL") ? "增值税专用发票" : "增值税普通发票", "amount", amount);
        for (CustomerContacts.Contact c : contacts.staff(Roles.FINANCE)) {
            messages.inApp("INVOICE_REQUESTED", c.userId(), c.username(), Locale.SIMPLIFIED_CHINESE, vars);
        }
    }

    public void approved(long customerId, String email, String invoiceNo, String amount, String invoiceNumber, String issuedOn, String delivery) {
        Map<String, String> vars = Map.of("invoiceNo", invoiceNo, "amount", amount, "invoiceNumber", invoiceNumber, "issuedOn", issuedOn,
                "delivery", delivery);
        Long first = null;
        for (CustomerContacts.Contact c : contacts.administrators(customerId)) {
            messages.inApp("INVOICE_APPROVED", c.userId(), c.username(), Locale.SIMPLIFIED_CHINESE, vars);
            first = first == null ? c.userId() : first;
        }
        messages.email("INVOICE_APPROVED", email, Locale.SIMPLIFIED_CHINESE, vars, first);
    }

    public void rejected(long customerId, String invoiceNo, String amount, String reason) {
        Map<String, String> vars = Map.of("invoiceNo", invoiceNo, "amount", amount, "reason", reason);
        for (CustomerContacts.Contact c : contacts.administrators(customerId)) {
            messages.inApp("INVOICE_REJECTED", c.userId(), c.username(), Locale.SIMPLIFIED_CHINESE, vars);
        }
    }
}

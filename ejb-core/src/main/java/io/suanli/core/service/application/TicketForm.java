package io.suanli.core.service.application;

import java.io.Serial;
import java.io.Serializable;

/** A new ticket as the customer sent it: type BUSINESS, TECHNICAL or VENDOR, severity 1–4, subject, description, optional resource. */
public record TicketForm(String type, Integer severity, String subject, String body, Long resourceId) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
        return type + " " + severity + (resourceId == null ? "" : " resource " + resourceId);
    }
}

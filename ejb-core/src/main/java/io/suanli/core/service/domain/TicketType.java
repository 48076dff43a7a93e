package io.suanli.core.service.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.util.Locale;

/** What a ticket is about (SPEC §11): billing and business questions, technical problems, or the cloud vendor's side. */
public enum TicketType {
    BUSINESS, TECHNICAL, VENDOR;

    public static TicketType parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SuanliException("validation.required", "ticket.type");
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SuanliException("ticket.typeInvalid", text);
        }
    }
}

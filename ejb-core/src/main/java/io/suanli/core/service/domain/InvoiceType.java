package io.suanli.core.service.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.util.Locale;

/** 增值税普通发票 (NORMAL, electronic unless mailed) or 增值税专用发票 (SPECIAL: enterprises only, with the bank details). */
public enum InvoiceType {
    NORMAL, SPECIAL;

    public static InvoiceType parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SuanliException("validation.required", "invoice.type");
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SuanliException("invoice.typeInvalid", text);
        }
    }
}

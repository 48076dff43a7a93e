package io.suanli.core.quota.application;

import java.io.Serializable;
import java.util.Locale;

/** A quota as one customer has it: the default, the customer's override if any, the limit in force and the usage. */
public record QuotaView(String code, String kind, String subject, String nameZh, String nameEn, int defaultLimit,
                        Integer override, int limit, long used) implements Serializable {

    public String name(Locale l) {
        return l != null && "en".equals(l.getLanguage()) ? nameEn : nameZh;
    }

    public long remaining() {
        return Math.max(0, limit - used);
    }
}

package io.suanli.core.quota.domain;

import io.suanli.core.shared.domain.SuanliException;

/** The quota rule: what is used plus what is added may not exceed the limit (the override, else the default). */
public final class QuotaCheck {

    public static final int MAX_LIMIT = 1_000_000;

    private QuotaCheck() {
    }

    public static int effectiveLimit(int defaultLimit, Integer override) {
        return override == null ? defaultLimit : override;
    }

    public static boolean allows(int limit, long used, long adding) {
        if (adding < 0) {
            throw new IllegalArgumentException("adding must not be negative");
        }
        return used + adding <= limit;
    }

    public static int checkLimit(int limit) {
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new SuanliException("validation.range", "quota.limit", 0, MAX_LIMIT);
        }
        return limit;
    }
}

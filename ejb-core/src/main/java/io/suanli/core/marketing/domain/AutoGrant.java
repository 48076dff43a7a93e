package io.suanli.core.marketing.domain;

import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.SuanliException;

import java.util.Locale;
import java.util.Objects;

/**
 * When a batch grants itself (SPEC §9): on a customer's registration, on its real-name verification, or on its first
 * recharge when that recharge is at least {@code minRecharge}. A batch grants so once per customer and event (a
 * customer already holding as many as the batch allows gets none), within its validity and quantity.
 */
public record AutoGrant(Trigger on, Money minRecharge) {

    /** The customer events a batch may grant itself on. */
    public enum Trigger { REGISTERED, VERIFIED, FIRST_RECHARGE }

    public AutoGrant {
        Objects.requireNonNull(on, "on");
        if (on == Trigger.FIRST_RECHARGE ? minRecharge == null || !minRecharge.isPositive() : minRecharge != null) {
            throw new SuanliException(on == Trigger.FIRST_RECHARGE ? "marketing.autoGrantMinRequired" : "marketing.autoGrantMinOnlyRecharge");
        }
    }

    /** The trigger as entered ("VERIFIED", "first_recharge"); blank is none; anything else a keyed error. */
    public static AutoGrant of(String trigger, Money minRecharge) {
        if (trigger == null || trigger.isBlank()) {
            if (minRecharge != null) {
                throw new SuanliException("marketing.autoGrantMinOnlyRecharge");
            }
            return null;
        }
        try {
            return new AutoGrant(Trigger.valueOf(trigger.trim().toUpperCase(Locale.ROOT)), minRecharge);
        } catch (IllegalArgumentException e) {
            throw new SuanliException("marketing.autoGrantOnInvalid", trigger);
        }
    }

    /** Whether the event grants: a first recharge only when it is large enough. */
    public boolean firesOn(Trigger event, Money recharged) {
        return on == event && (on != Trigger.FIRST_RECHARGE || recharged != null && recharged.compareTo(minRecharge) >= 0);
    }

    /** Who a grant of it is granted by, in the grant's row and the audit log: auto:VERIFIED. */
    public String actor() {
        return "auto:" + on.name();
    }
}

package io.suanli.core.service.application;

import io.suanli.core.identity.application.MeService;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.SuanliException;

import java.util.Locale;

/** What the business services read alike from their callers: a state filter by name, the caller's customer. */
final class Inputs {

    private Inputs() {
    }

    /** The constant named (any case), null when empty; {@code key} is the error of an unknown name. */
    static <E extends Enum<E>> E state(Class<E> type, String name, String key) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SuanliException(key, name);
        }
    }

    /** The caller's customer; a staff caller has none. */
    static long myCustomer(MeService me) {
        Long id = me.me().customerId();
        if (id == null) {
            throw new NotFoundException("auth.unknownUser");
        }
        return id;
    }
}

package io.suanli.core.shared.domain;

import java.io.Serial;

/** Something the caller asked for does not exist, or is not the caller's to see (both look the same from outside). */
public class NotFoundException extends SuanliException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotFoundException(String key, Object... args) {
        super(key, args);
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}

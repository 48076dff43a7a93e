package io.suanli.core.shared.domain;

import java.io.Serial;

/** The caller is known but may not do this (e.g. a sub-user without the permission). */
public class ForbiddenException extends SuanliException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String key, Object... args) {
        super(key, args);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}

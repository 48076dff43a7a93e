package io.suanli.core.shared.domain;

import java.io.Serial;

/** The request clashes with the current state (e.g. a job already running); HTTP 409. */
public class ConflictException extends SuanliException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ConflictException(String key, Object... args) {
        super(key, args);
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}

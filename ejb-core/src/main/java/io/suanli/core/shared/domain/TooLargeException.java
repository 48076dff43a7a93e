package io.suanli.core.shared.domain;

import java.io.Serial;

/** The request's body is above its limit; HTTP 413. */
public class TooLargeException extends SuanliException {

    @Serial
    private static final long serialVersionUID = 1L;

    public TooLargeException(String key, Object... args) {
        super(key, args);
    }

    @Override
    public int httpStatus() {
        return 413;
    }
}

package io.suanli.core.shared.domain;

import java.io.Serial;

/** Credentials or a token were not accepted. The message never says which part was wrong. */
public class AuthenticationFailedException extends SuanliException {

    @Serial
    private static final long serialVersionUID = 1L;

    public AuthenticationFailedException(String key, Object... args) {
        super(key, args);
    }

    @Override
    public int httpStatus() {
        return 401;
    }
}

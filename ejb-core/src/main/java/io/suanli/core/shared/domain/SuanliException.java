package io.suanli.core.shared.domain;

import jakarta.ejb.ApplicationException;

import java.io.Serial;
import java.util.Arrays;

/**
 * The one base of business errors. It carries a message key of the {@code errors} bundle and its arguments,
 * so each front end shows a localized message, and it rolls the transaction back so nothing half-done is kept.
 */
@ApplicationException(rollback = true, inherited = true)
public class SuanliException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public SuanliException(String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.key = key;
        this.args = args.clone();
    }

    /** Message key, also the stable error code of the REST API. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The HTTP status a REST caller gets for this error; 400 unless a subclass says otherwise. */
    public int httpStatus() {
        return 400;
    }
}

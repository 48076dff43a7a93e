package io.suanli.core.shared.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service that other contexts call inside their own use cases (which check the caller's role, function and
 * ownership first), never the web or the batch jobs: e.g. the ledger engine, whose methods move any customer's
 * money by id. {@code ModuleBoundariesTest} fails the build when a web or batch class uses one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InternalApi {

    /** Who calls it instead, e.g. "the account, order, bill and payment services". */
    String value();
}

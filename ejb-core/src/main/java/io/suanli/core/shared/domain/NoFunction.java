package io.suanli.core.shared.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The explicit, documented exemption from {@link RequiresFunction} for a staff-callable service method (or a whole
 * bean) that no role grant may switch off: a staff member's own account (password, second factor, notifications),
 * what every console page needs to draw itself, or a call the platform itself makes. {@code value} says why; the
 * architecture test requires one of the two on every staff-callable method.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface NoFunction {

    /** Why no grant applies. */
    String value();
}

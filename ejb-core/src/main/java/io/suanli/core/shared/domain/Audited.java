package io.suanli.core.shared.domain;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a state-changing service method: the audit interceptor records who did it, to what, from where and when,
 * in the same transaction as the change.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** The action name, e.g. {@code CLOCK_SET}; defaults to the method name. */
    @Nonbinding String value() default "";
}

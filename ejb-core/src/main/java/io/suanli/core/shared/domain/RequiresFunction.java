package io.suanli.core.shared.domain;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A staff service method that needs a configured function (S1), on top of its {@code @RolesAllowed}: the caller
 * must hold a role that is granted the function now (grants change without restart). Customers pass: their
 * access is decided by {@code @RolesAllowed} and their own permissions.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresFunction {

    @Nonbinding StaffFunction value();
}

package io.suanli.web.portal.api;

import io.suanli.core.shared.domain.StaffFunction;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The staff function an API operation needs, checked by {@link ApiAccessFilter} before the body is read — the same
 * function the service behind it requires (which stays the authority), so staff without it get a 403, never a 400
 * about the body. Operations whose service is reached before any body check need no such mark.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiFunction {

    StaffFunction value();
}

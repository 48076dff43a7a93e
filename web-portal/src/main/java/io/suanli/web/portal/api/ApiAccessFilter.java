package io.suanli.web.portal.api;

import io.suanli.core.shared.domain.Roles;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The API's first gate, before any body is read: who may reach each area of {@code /api/v1} at all. Anonymous callers
 * reach only the public operations (token, catalog, quotes, registration, password reset, payment notifications and
 * the simulator's pay link, which carries its own key); {@code /ops} is for the operations roles, {@code /system}
 * for system administrators, the customer's own resources for customer users. Everything finer — the function
 * grants of staff, a sub-user's permissions, whose data it is — is decided by the services behind. So a malformed
 * body from someone who may not call an endpoint is a 401 or 403, never a 400 that tells what the endpoint expects.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAccessFilter implements ContainerRequestFilter {

    /** Operations open to anyone, as {@code METHOD path-regex} below {@code /api}. */
    static final List<Pattern> PUBLIC = List.of(
            Pattern.compile("POST /v1/auth/token"),
            Pattern.compile("GET /v1/catalog(/.*)?"),
            Pattern.compile("POST /v1/quotes"),
            Pattern.compile("POST /v1/registrations(/sms-codes)?"),
            Pattern.compile("POST /v1/password-resets(/confirm)?"),
            Pattern.compile("POST /v1/payments/notify/[^/]+"),
            Pattern.compile("POST /v1/sms/delivery-reports/[^/]+"),
            Pattern.compile("GET /v1/dev/payments/[^/]+"),
            Pattern.compile("POST /v1/dev/payments/[^/]+/pay"));

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Context
    jakarta.ws.rs.container.ResourceInfo resource;

    @jakarta.inject.Inject
    io.suanli.core.identity.application.RoleService roles;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceAll("^/+", "").replaceAll("/+$", "");
        Decision d = decide(request.getMethod(), path, security::isUserInRole, security.getUserPrincipal() != null);
        String key = d == Decision.UNAUTHENTICATED ? "auth.required" : "auth.forbidden";
        ApiFunction needs = resource == null || resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(ApiFunction.class);
        if (d == Decision.PASS && needs != null && Roles.ALL.stream().anyMatch(r -> !Roles.CUSTOMER.equals(r) && security.isUserInRole(r))
                && !roles.myFunctions().contains(needs.value().code())) {
            d = Decision.FORBIDDEN;
            key = "auth.functionMissing";
        }
        if (d != Decision.PASS) {
            Locale locale = ApiErrors.locale(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            Response.ResponseBuilder b = Response.status(d == Decision.UNAUTHENTICATED ? 401 : 403)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(ApiErrors.body(key, key.equals("auth.functionMissing")
                            ? io.suanli.core.shared.application.Messages.get(locale, key, needs.value().code())
                            : io.suanli.core.shared.application.Messages.get(locale, key)));
            if (d == Decision.UNAUTHENTICATED) {
                b.header("WWW-Authenticate", "Bearer realm=\"suanli\"");
            }
            request.abortWith(b.build());
        }
    }

    enum Decision { PASS, UNAUTHENTICATED, FORBIDDEN }

    /** The gate's rule, a pure function of the operation and the caller's roles (unit-tested). */
    static Decision decide(String method, String path, Predicate<String> hasRole, boolean authenticated) {
        String op = method + " " + path;
        if (!path.startsWith("/v1/") || PUBLIC.stream().anyMatch(p -> p.matcher(op).matches())) {
            return Decision.PASS;
        }
        if (!authenticated) {
            return Decision.UNAUTHENTICATED;
        }
        boolean ok;
        if (path.startsWith("/v1/ops/")) {
            ok = Roles.OPERATIONS.stream().anyMatch(hasRole::test);
        } else if (path.startsWith("/v1/system/")) {
            ok = hasRole.test(Roles.SYS_ADMIN);
        } else if (path.startsWith("/v1/dev/") || path.equals("/v1/me")) {
            ok = true; // the dev endpoints answer "not found" to anyone but their users themselves
        } else if (path.startsWith("/v1/files/")) {
            ok = hasRole.test(Roles.CUSTOMER) || hasRole.test(Roles.OPS_ADMIN);
        } else {
            ok = hasRole.test(Roles.CUSTOMER); // the customer's own account, orders, resources, bills, sub-users
        }
        return ok ? Decision.PASS : Decision.FORBIDDEN;
    }
}

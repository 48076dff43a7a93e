package io.suanli.core.shared.application;

import io.suanli.core.shared.domain.AuditRecord;
import io.suanli.core.shared.domain.AuditSink;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.security.Principal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Records every call of an {@link Audited} service method: actor and roles, action, target (the first argument),
 * IP, user agent and time. A successful call is recorded in its own transaction with the change; a call refused
 * with a business error is recorded independently, so attempts are visible even though nothing changed.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    @Inject
    AuditSink sink;

    @Inject
    PlatformClock clock;

    @Inject
    RequestContext request;

    @Resource
    EJBContext ejbContext;

    @AroundInvoke
    public Object audit(InvocationContext ctx) throws Exception {
        String action = action(ctx);
        try {
            Object result = ctx.proceed();
            sink.write(record(ctx, action, "OK"));
            return result;
        } catch (SuanliException e) {
            sink.writeIndependently(record(ctx, action, "REFUSED:" + e.key()));
            throw e;
        }
    }

    private AuditRecord record(InvocationContext ctx, String action, String outcome) {
        Principal principal = ejbContext.getCallerPrincipal();
        String actor = principal == null ? "anonymous" : principal.getName();
        String roles = Roles.ALL.stream().filter(r -> safeIsCallerInRole(r)).sorted().collect(Collectors.joining(","));
        Object[] params = ctx.getParameters();
        String target = params.length == 0 || params[0] == null ? "-" : truncate(String.valueOf(params[0]), 200);
        String summary = truncate(ctx.getMethod().getDeclaringClass().getSimpleName() + "." + ctx.getMethod().getName()
                + summarize(params), 1000);
        String ip = "-";
        String ua = "-";
        try {
            ip = request.ip();
            ua = request.userAgent();
        } catch (ContextNotActiveException e) {
            // batch jobs and timers have no request: nothing to record
        }
        return new AuditRecord(clock.now(), actor, roles, action, target, summary, ip, ua, truncate(outcome, 100));
    }

    private boolean safeIsCallerInRole(String role) {
        try {
            return ejbContext.isCallerInRole(role);
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static String action(InvocationContext ctx) {
        Audited a = ctx.getMethod().getAnnotation(Audited.class);
        if (a == null) {
            a = ctx.getMethod().getDeclaringClass().getAnnotation(Audited.class);
        }
        return a == null || a.value().isEmpty() ? ctx.getMethod().getName() : a.value();
    }

    /** Arguments in the summary, except those that look secret. */
    private static String summarize(Object[] params) {
        return Arrays.stream(params)
                .map(p -> p == null ? "null" : p instanceof char[] || String.valueOf(p).length() > 200 ? "…" : String.valueOf(p))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}

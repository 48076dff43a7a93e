package io.suanli.core.shared.application;

import io.suanli.core.shared.domain.ForbiddenException;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.StaffGrants;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;


/**
 * Enforces {@link RequiresFunction}: a staff caller whose assigned roles (built-in or custom) are not granted the
 * function gets 403. Runs inside
 * the audit interceptor, so a refused attempt is audited. The platform itself is exempt: its timers, batch jobs,
 * payment notifications and provisioning run as {@code @RunAs(SYS_ADMIN)} with the container's principal
 * {@value #PLATFORM}, a name no person can register (see {@code UserAccount.RESERVED_USERNAMES}); grants configure
 * people, not the platform's own work.
 */
@RequiresFunction(StaffFunction.SYSTEM_ROLES_MANAGE)
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class FunctionInterceptor {

    @Inject
    StaffGrants grants;

    @Resource
    EJBContext ejbContext;

    /** The caller principal of a run-as call that no person started. */
    static final String PLATFORM = "anonymous";

    @AroundInvoke
    public Object check(InvocationContext ctx) throws Exception {
        java.security.Principal caller = ejbContext.getCallerPrincipal();
        if (caller == null || PLATFORM.equals(caller.getName())) {
            return ctx.proceed();
        }
        StaffFunction function = function(ctx);
        boolean staff = Roles.ALL.stream().filter(r -> !Roles.CUSTOMER.equals(r)).anyMatch(ejbContext::isCallerInRole);
        if (staff && !grants.functions(caller.getName()).contains(function.code())) {
            throw new ForbiddenException("auth.functionMissing", function.code());
        }
        return ctx.proceed();
    }

    private static StaffFunction function(InvocationContext ctx) {
        RequiresFunction f = ctx.getMethod().getAnnotation(RequiresFunction.class);
        if (f == null) {
            f = ctx.getMethod().getDeclaringClass().getAnnotation(RequiresFunction.class);
        }
        return f.value();
    }
}

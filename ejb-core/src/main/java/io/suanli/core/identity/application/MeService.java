package io.suanli.core.identity.application;

import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.identity.domain.UserRepository;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** The logged-in caller, answered from the container's security identity (not from anything the client sends). */
@Stateless
public class MeService {

    @Resource
    SessionContext ctx;

    @Inject
    UserRepository users;

    /** The type (ENTERPRISE or PERSONAL) of the caller's customer, for a customer user. */
    @RolesAllowed(Roles.CUSTOMER)
    public java.util.Optional<String> myCustomerType() {
        return users.findByUsername(ctx.getCallerPrincipal().getName())
                .map(u -> u.customerId()).flatMap(users::customerType);
    }

    @RolesAllowed({Roles.CUSTOMER, Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
    @NoFunction("the caller's own account")
    public MeView me() {
        String name = ctx.getCallerPrincipal().getName();
        return users.findByUsername(name)
                .map(u -> new MeView(u.username(), u.displayName(), u.roles().stream().sorted().toList(), u.customerId(),
                        u.isCustomerAdmin(), u.customerId() == null ? List.of() : u.permissions().stream().map(Enum::name).sorted().toList()))
                .orElseThrow(() -> new NotFoundException("auth.unknownUser"));
    }
}

package io.suanli.core.identity.application;

import io.suanli.core.identity.domain.Permission;
import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.identity.domain.UserRepository;
import io.suanli.core.shared.domain.ForbiddenException;
import io.suanli.core.shared.domain.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The customer-side permission check every customer use case calls (U2): the caller must be a user of a customer
 * and hold the permission (administrators hold them all). Answers the caller, whose customer id scopes the data.
 */
@Stateless
@RolesAllowed("CUSTOMER")
public class PermissionGuard {

    @Resource
    SessionContext ctx;

    @Inject
    UserRepository users;

    public UserAccount require(Permission permission) {
        UserAccount u = users.findByUsername(ctx.getCallerPrincipal().getName())
                .filter(x -> x.customerId() != null)
                .orElseThrow(() -> new NotFoundException("auth.unknownUser"));
        if (!u.may(permission)) {
            throw new ForbiddenException("auth.permissionMissing", permission.name());
        }
        return u;
    }

    /** Whether the caller, a user of a customer, holds the permission named (e.g. to show a figure or leave it out). */
    public boolean holds(String permission) {
        return users.findByUsername(ctx.getCallerPrincipal().getName()).filter(x -> x.customerId() != null)
                .map(u -> u.may(Permission.valueOf(permission))).orElse(false);
    }

    /** The caller's customer, for use cases of other contexts that need a permission by name (e.g. {@code VIEW_BILLING}). */
    public long customerOf(String permission) {
        return require(Permission.valueOf(permission)).customerId();
    }
}

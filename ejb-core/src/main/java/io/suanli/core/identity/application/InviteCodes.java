package io.suanli.core.identity.application;

import io.suanli.core.identity.domain.InviteCode;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;

/**
 * Invite codes handed out by customers and distributors (P2): a newcomer who registers with one is linked to its
 * owner. Made here, unique by the table's key: eight characters of an alphabet without look-alikes (no 0/O, 1/I/L).
 */
@Stateless
public class InviteCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    PlatformClock clock;

    /** A new active code owned by the customer. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
    @NoFunction("distribution: the codes of an approved distributor, inside the approval that checks its function")
    public String issue(long ownerCustomerId) {
        for (int attempt = 0; attempt < 10; attempt++) {
            StringBuilder b = new StringBuilder(8);
            for (int i = 0; i < 8; i++) {
                b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String code = b.toString();
            if (em.find(InviteCode.class, code) == null) {
                em.persist(new InviteCode(code, ownerCustomerId, clock.now()));
                return code;
            }
        }
        throw new IllegalStateException("no free invite code after 10 tries");
    }
}

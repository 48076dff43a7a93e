package io.suanli.core.identity.application;

import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.shared.application.FieldCipher;
import io.suanli.core.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Who receives a customer's platform notices (expiry reminders, B3): its administrator accounts that are not disabled,
 * with their mobile and e-mail (decrypted for sending only; either may be missing); and the active staff of a role,
 * for the notices of their queues (the bell only).
 */
@Stateless
@NoFunction("platform: whom the batch jobs write to")
@RolesAllowed(Roles.SYS_ADMIN)
public class CustomerContacts {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    FieldCipher cipher;

    /** A recipient: user id and name for the notification center, mobile and e-mail or null. */
    public record Contact(long userId, String username, String mobile, String email) {
    }

    /** The active staff accounts holding a role, without contacts (their notices go to the bell). */
    public List<Contact> staff(String role) {
        return em.createQuery("select u from UserAccount u join u.roles r where r = :role and u.status = :s order by u.id", UserAccount.class)
                .setParameter("role", role).setParameter("s", UserAccount.Status.ACTIVE).getResultList().stream()
                .map(u -> new Contact(u.id(), u.username(), null, null)).toList();
    }

    /** The active staff users of these usernames (an unknown, disabled or customer user is left out). */
    public List<Contact> staffNamed(java.util.Collection<String> usernames) {
        if (usernames == null || usernames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from UserAccount u where u.username in :n and u.customerId is null and u.status = :s order by u.id",
                        UserAccount.class).setParameter("n", usernames).setParameter("s", UserAccount.Status.ACTIVE).getResultList().stream()
                .map(u -> new Contact(u.id(), u.username(), null, null)).toList();
    }

    /** The active user of this customer with this username, if any. */
    public java.util.Optional<Contact> customerUser(long customerId, String username) {
        return em.createQuery("select u from UserAccount u where u.username = :n and u.customerId = :c and u.status = :s", UserAccount.class)
                .setParameter("n", username).setParameter("c", customerId).setParameter("s", UserAccount.Status.ACTIVE).getResultStream()
                .findFirst().map(u -> new Contact(u.id(), u.username(), null, null));
    }

    public List<Contact> administrators(long customerId) {
        return em.createQuery("select u from UserAccount u where u.customerId = :c and u.customerAdmin = true and u.status <> :disabled "
                        + "order by u.id", UserAccount.class)
                .setParameter("c", customerId).setParameter("disabled", UserAccount.Status.DISABLED).getResultList().stream()
                .map(u -> new Contact(u.id(), u.username(),
                        u.mobileEnc() == null ? null : cipher.decrypt(VerificationCodeService.MOBILE_FIELD, u.mobileEnc()),
                        u.emailEnc() == null ? null : cipher.decrypt(RegistrationService.EMAIL_FIELD, u.emailEnc())))
                .toList();
    }
}

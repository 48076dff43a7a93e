package io.suanli.core.identity.application;

import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.identity.domain.Customer;
import io.suanli.core.identity.domain.Region;
import io.suanli.core.identity.domain.Permission;
import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.shared.application.FieldCipher;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What other contexts need to know of customers to write to them: the name, and the active users who may see the
 * customer's billing with their mobile number and e-mail address (decrypted). Internal: no page or API reaches it;
 * callers are platform jobs and staff services (a customer's own documents go through {@link #name} only).
 */
@Stateless
public class CustomerDirectory {

    /** Where a customer is: its province and (when known) city codes, as quotes and operations see them. */
    public record Location(String provinceCode, String cityCode) {
    }

    /** A user to notify: ids for the bell, the mobile number and e-mail address (null when none). */
    public record Contact(long userId, String username, String displayName, String mobile, String email) {
    }

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    FieldCipher cipher;

    /** The names of these customers (an unknown id is left out), for staff lists that show whose a row is. */
    @RolesAllowed({io.suanli.core.shared.domain.Roles.OPS_ADMIN, io.suanli.core.shared.domain.Roles.DIST_OPS_ADMIN,
            io.suanli.core.shared.domain.Roles.FINANCE, io.suanli.core.shared.domain.Roles.SALES,
            io.suanli.core.shared.domain.Roles.SYS_ADMIN})
    @NoFunction("names for rows of a list whose own service checked the caller's function")
    public Map<Long, String> names(Collection<Long> customerIds) {
        Map<Long, String> out = new HashMap<>();
        if (customerIds == null || customerIds.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery("select c.id, c.name from Customer c where c.id in :ids", Object[].class)
                .setParameter("ids", customerIds).getResultList()) {
            out.put((Long) row[0], (String) row[1]);
        }
        return out;
    }

    /**
     * Whom the customer's invoices are made out to (SPEC §11): the subject of its latest approved real-name
     * verification (name and, for an enterprise, the unified social credit code), or, for a customer operations
     * verified offline, its name without a code; empty while it is not verified.
     */
    public record VerifiedIdentity(boolean enterprise, String name, String creditCode) {
    }

    @RolesAllowed({io.suanli.core.shared.domain.Roles.CUSTOMER, io.suanli.core.shared.domain.Roles.FINANCE,
            io.suanli.core.shared.domain.Roles.OPS_ADMIN, io.suanli.core.shared.domain.Roles.DIST_OPS_ADMIN,
            io.suanli.core.shared.domain.Roles.SALES, io.suanli.core.shared.domain.Roles.SYS_ADMIN})
    @NoFunction("the invoice title and taxpayer id, inside the invoice use cases, which check the caller")
    public java.util.Optional<VerifiedIdentity> verifiedIdentity(long customerId) {
        Customer c = em.find(Customer.class, customerId);
        if (c == null || !c.verified()) {
            return java.util.Optional.empty();
        }
        java.util.Optional<io.suanli.core.identity.domain.RealNameVerification> v = em.createQuery("select v from RealNameVerification v "
                        + "where v.customerId = :c and v.status = 'APPROVED' order by v.reviewedAt desc, v.id desc",
                io.suanli.core.identity.domain.RealNameVerification.class).setParameter("c", customerId).setMaxResults(1).getResultStream().findFirst();
        boolean enterprise = c.type() == Customer.Type.ENTERPRISE;
        return java.util.Optional.of(v.map(x -> new VerifiedIdentity(enterprise, x.subjectName(), enterprise ? x.creditCode() : null))
                .orElse(new VerifiedIdentity(enterprise, c.name(), null)));
    }

    /** The customer's name, or null when there is no such customer. */
    @RolesAllowed({io.suanli.core.shared.domain.Roles.CUSTOMER, io.suanli.core.shared.domain.Roles.FINANCE,
            io.suanli.core.shared.domain.Roles.OPS_ADMIN, io.suanli.core.shared.domain.Roles.SYS_ADMIN})
    @NoFunction("lookups for bills and notifications, inside use cases that check their function")
    public String name(long customerId) {
        Customer c = em.find(Customer.class, customerId);
        return c == null ? null : c.name();
    }

    /** The active users of these customers who may see their billing (the administrator, sub-users given VIEW_BILLING). */
    @RolesAllowed(io.suanli.core.shared.domain.Roles.SYS_ADMIN)
    @NoFunction("lookups for bills and notifications, inside use cases that check their function")
    public Map<Long, List<Contact>> billingContacts(Collection<Long> customerIds) {
        Map<Long, List<Contact>> out = new HashMap<>();
        if (customerIds.isEmpty()) {
            return out;
        }
        for (UserAccount u : em.createQuery("select u from UserAccount u where u.customerId in :c and u.status = :s order by u.id",
                UserAccount.class).setParameter("c", customerIds).setParameter("s", UserAccount.Status.ACTIVE).getResultList()) {
            if (u.may(Permission.VIEW_BILLING)) {
                out.computeIfAbsent(u.customerId(), k -> new java.util.ArrayList<>()).add(new Contact(u.id(), u.username(), u.displayName(),
                        cipher.decrypt(VerificationCodeService.MOBILE_FIELD, u.mobileEnc()),
                        cipher.decrypt(RegistrationService.EMAIL_FIELD, u.emailEnc())));
            }
        }
        return out;
    }

    /** Where a customer stands for distribution: verified or not, and the invite code it registered with (and whose). */
    public record Standing(boolean verified, String inviteCode, Long inviterCustomerId) {
    }

    /** The standing of a customer (null when there is no such customer): a distributor application checks it. */
    @RolesAllowed({io.suanli.core.shared.domain.Roles.CUSTOMER, io.suanli.core.shared.domain.Roles.DIST_OPS_ADMIN,
            io.suanli.core.shared.domain.Roles.SYS_ADMIN})
    @NoFunction("distribution: whether an applicant is verified and whose invite code it registered with")
    public Standing standing(long customerId) {
        Customer c = em.find(Customer.class, customerId);
        return c == null ? null : new Standing(c.verified(), c.inviteCode(), c.inviterCustomerId());
    }

    /** How many customers registered with the invite code. */
    @RolesAllowed({io.suanli.core.shared.domain.Roles.CUSTOMER, io.suanli.core.shared.domain.Roles.DIST_OPS_ADMIN,
            io.suanli.core.shared.domain.Roles.SYS_ADMIN})
    @NoFunction("distribution: a distributor's own figures")
    public long invitedWith(String code) {
        return code == null ? 0 : em.createQuery("select count(c) from Customer c where c.inviteCode = :c", Long.class)
                .setParameter("c", code).getSingleResult();
    }

    /**
     * The customer's region for a quote of its own (REGION discounts); null when unknown or no such customer. Quotes run
     * for visitors, customers and staff alike, and the ordering context passes only the caller's own customer id.
     */
    @jakarta.annotation.security.PermitAll
    @NoFunction("the quote of the caller's own customer")
    public Location region(long customerId) {
        Customer c = em.find(Customer.class, customerId);
        Region r = c == null ? null : c.region();
        return r == null ? null : new Location(r.provinceCode(), r.cityCode());
    }

    /**
     * The ids of the active customers matching a filter (type ENTERPRISE or PERSONAL or any, verified only, province and
     * city codes or any), oldest first, at most {@code max}: the targets of a grant by filter.
     */
    @RolesAllowed({io.suanli.core.shared.domain.Roles.OPS_ADMIN, io.suanli.core.shared.domain.Roles.DIST_OPS_ADMIN,
            io.suanli.core.shared.domain.Roles.FINANCE, io.suanli.core.shared.domain.Roles.SALES})
    @NoFunction("the customers of a grant, inside a use case that checks its function")
    public List<Long> matching(String type, boolean verifiedOnly, String provinceCode, String cityCode, int max) {
        Customer.Type t = null;
        if (type != null && !type.isBlank()) {
            try {
                t = Customer.Type.valueOf(type.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new io.suanli.core.shared.domain.SuanliException("customer.typeInvalid", type);
            }
        }
        String province = blank(provinceCode);
        String city = blank(cityCode);
        if (province != null || city != null) {
            new Region(province, city);  // a bad code is refused with its key rather than matching nobody
        }
        var q = em.createQuery("select c.id from Customer c where c.status = :s"
                + (t == null ? "" : " and c.type = :t") + (verifiedOnly ? " and c.verified = true" : "")
                + (province == null ? "" : " and c.provinceCode = :p") + (city == null ? "" : " and c.cityCode = :city")
                + " order by c.createdAt, c.id", Long.class).setParameter("s", Customer.Status.ACTIVE);
        if (t != null) {
            q.setParameter("t", t);
        }
        if (province != null) {
            q.setParameter("p", province);
        }
        if (city != null) {
            q.setParameter("city", city);
        }
        return q.setMaxResults(max).getResultList();
    }

    /** Operations set where a customer is (province, optional city): used by REGION discounts from the next quote. */
    @RolesAllowed({io.suanli.core.shared.domain.Roles.OPS_ADMIN, io.suanli.core.shared.domain.Roles.DIST_OPS_ADMIN,
            io.suanli.core.shared.domain.Roles.FINANCE, io.suanli.core.shared.domain.Roles.SALES})
    @io.suanli.core.shared.domain.RequiresFunction(io.suanli.core.shared.domain.StaffFunction.OPS_CUSTOMER_EDIT)
    @io.suanli.core.shared.domain.Audited("CUSTOMER_REGION_UPDATE")
    public Location locate(long customerId, String provinceCode, String cityCode) {
        Customer c = em.find(Customer.class, customerId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new io.suanli.core.shared.domain.NotFoundException("customer.notFound", String.valueOf(customerId));
        }
        Region r = new Region(blank(provinceCode), blank(cityCode));
        c.locate(r);
        return new Location(r.provinceCode(), r.cityCode());
    }

    /** A customer as a distributor may see it: the name and its administrator's mobile number, masked. */
    public record Card(long customerId, String name, String maskedMobile, java.time.Instant registeredAt) {
    }

    /** The cards of these customers (an unknown id is left out): a distributor's bound customers, never unmasked. */
    @RolesAllowed({io.suanli.core.shared.domain.Roles.CUSTOMER, io.suanli.core.shared.domain.Roles.OPS_ADMIN,
            io.suanli.core.shared.domain.Roles.DIST_OPS_ADMIN, io.suanli.core.shared.domain.Roles.FINANCE,
            io.suanli.core.shared.domain.Roles.SALES, io.suanli.core.shared.domain.Roles.SYS_ADMIN})
    @NoFunction("distribution: the bound customers of a distributor, inside a use case that checks the caller is that distributor or may view distribution")
    public Map<Long, Card> cards(Collection<Long> customerIds) {
        Map<Long, Card> out = new HashMap<>();
        if (customerIds == null || customerIds.isEmpty()) {
            return out;
        }
        Map<Long, String> mobiles = new HashMap<>();
        for (UserAccount u : em.createQuery("select u from UserAccount u where u.customerId in :c order by u.id", UserAccount.class)
                .setParameter("c", customerIds).getResultList()) {
            if (u.mobileEnc() != null) {
                mobiles.putIfAbsent(u.customerId(), u.mobileEnc());
            }
        }
        for (Customer c : em.createQuery("select c from Customer c where c.id in :ids", Customer.class).setParameter("ids", customerIds)
                .getResultList()) {
            String enc = mobiles.get(c.id());
            out.put(c.id(), new Card(c.id(), c.name(), enc == null ? null
                    : io.suanli.core.shared.domain.Masking.mobile(cipher.decrypt(VerificationCodeService.MOBILE_FIELD, enc)), c.createdAt()));
        }
        return out;
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}

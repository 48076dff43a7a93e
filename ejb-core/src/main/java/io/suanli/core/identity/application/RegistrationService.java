package io.suanli.core.identity.application;

import io.suanli.core.identity.domain.Region;
import io.suanli.core.identity.domain.Customer;
import io.suanli.core.identity.domain.InviteCode;
import io.suanli.core.identity.domain.PasswordHasher;
import io.suanli.core.identity.domain.PasswordPolicy;
import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.identity.domain.VerificationCode;
import io.suanli.core.shared.application.FieldCipher;
import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.core.shared.application.RequestContext;
import io.suanli.core.shared.domain.AuditRecord;
import io.suanli.core.shared.domain.AuditSink;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.shared.domain.Validation;
import io.suanli.core.system.application.MessageService;
import io.suanli.core.system.application.SecurityPolicy;
import io.suanli.core.system.application.SecurityPolicyService;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Registration on the portal (P2): an enterprise or a person, a username and password under the password policy,
 * a mobile number proved by SMS code, an e-mail address verified afterwards by link, an optional invite code that
 * links the newcomer to its owner, and the terms accepted. Mobile and e-mail are encrypted and unique.
 */
@Stateless
@PermitAll
public class RegistrationService {

    static final String EMAIL_FIELD = "email";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[a-zA-Z]{2,}");

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    RealTime time;

    @Inject
    FieldCipher cipher;

    @Inject
    VerificationCodeService codes;

    @Inject
    SecurityPolicyService policies;

    @Inject
    PasswordPolicy.CommonPasswords commonPasswords;

    @Inject
    MessageService messages;

    @Inject
    PlatformConfig config;

    @Inject
    RequestContext request;

    @Inject
    AuditSink audit;

    @Inject
    jakarta.enterprise.event.Event<CustomerEvent> events;

    /** Where the newcomer says it is (optional): a known province and, optionally, a city in it; else a keyed error. */
    static Region region(String provinceCode, String cityCode) {
        String province = provinceCode == null || provinceCode.isBlank() ? null : provinceCode.trim();
        String city = cityCode == null || cityCode.isBlank() ? null : cityCode.trim();
        if (province == null) {
            if (city != null) {
                throw new SuanliException("validation.required", "registration.province");
            }
            return null;
        }
        if (!Provinces.known(province)) {
            throw new SuanliException("customer.provinceInvalid", province);
        }
        return new Region(province, city);
    }

    /** Registers a customer and its first user; answers the username. Nothing is kept when anything is wrong. */
    public String register(RegistrationForm f) {
        Customer.Type type = parseType(f.type());
        String name = Validation.requiredText(f.name(), 100, type == Customer.Type.ENTERPRISE ? "registration.companyName" : "registration.personName");
        String username = UserAccount.checkUsername(f.username());
        String mobile = VerificationCodeService.normaliseMobile(f.mobile());
        String email = checkedEmail(f.email());
        if (!f.termsAccepted()) {
            throw new SuanliException("registration.termsRequired");
        }
        SecurityPolicy policy = policies.current();
        InviteCode invite = invite(f.inviteCode());
        Region region = region(f.provinceCode(), f.cityCode());
        String mobileIdx = cipher.blindIndex(VerificationCodeService.MOBILE_FIELD, mobile);
        String emailIdx = cipher.blindIndex(EMAIL_FIELD, email);
        checkNewUser(username, f.password(), mobileIdx, emailIdx, policy);
        switch (codes.checkRegistrationCode(mobile, f.smsCode())) {
            case OK -> { }
            case WRONG -> throw new SuanliException("sms.codeWrong");
            case USED_UP -> throw new SuanliException("sms.codeUsedUp");
            case EXPIRED -> throw new SuanliException("sms.codeExpired");
        }
        Instant now = time.now();
        Customer customer = new Customer(Ids.next(), type, name, now);
        if (invite != null) {
            customer.invitedWith(invite.code(), invite.ownerCustomerId());
        }
        customer.locate(region);
        UserAccount user = UserAccount.registeredCustomer(Ids.next(), username, PasswordHasher.hash(f.password()),
                type == Customer.Type.PERSONAL ? name : username, customer.id(), cipher.encrypt(VerificationCodeService.MOBILE_FIELD, mobile),
                mobileIdx, cipher.encrypt(EMAIL_FIELD, email), emailIdx, now);
        try {
            em.persist(customer);
            em.persist(user);
            em.flush();
        } catch (PersistenceException e) {
            throw new SuanliException("registration.duplicate");
        }
        events.fire(new CustomerEvent(customer.id(), CustomerEvent.Kind.REGISTERED));
        sendEmailLink(user, email, name, policy, f.locale());
        audit.write(new AuditRecord(now, username, "CUSTOMER", "REGISTER", String.valueOf(customer.id()),
                type + (invite == null ? "" : " invite " + invite.code()), request.ip(), request.userAgent(), "OK"));
        return username;
    }

    /**
     * Operations or sales onboard a customer they have verified offline (contract, documents): the customer is
     * verified at once and its administrator can log in with the given password. Answers the customer id and the
     * username, made from the e-mail address when free. With an invite code (optional) the customer is linked to its
     * owner as registration with it would link it.
     */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_CUSTOMER_ONBOARD)
    @Audited("CUSTOMER_ONBOARD")
    public OnboardedCustomer onboard(String type, String name, String mobile, String email, char[] password, String inviteCode) {
        Customer.Type t = parseType(type);
        InviteCode invite = invite(inviteCode);
        String n = Validation.requiredText(name, 100, t == Customer.Type.ENTERPRISE ? "registration.companyName" : "registration.personName");
        String m = VerificationCodeService.normaliseMobile(mobile);
        String e = checkedEmail(email);
        Instant now = time.now();
        Customer customer = new Customer(Ids.next(), t, n, now);
        String username = usernameFor(e, customer.id());
        String mobileIdx = cipher.blindIndex(VerificationCodeService.MOBILE_FIELD, m);
        String emailIdx = cipher.blindIndex(EMAIL_FIELD, e);
        checkNewUser(username, password, mobileIdx, emailIdx, policies.current());
        customer.verify();
        if (invite != null) {
            customer.invitedWith(invite.code(), invite.ownerCustomerId());
        }
        UserAccount user = UserAccount.registeredCustomer(Ids.next(), username, PasswordHasher.hash(password),
                t == Customer.Type.PERSONAL ? n : username, customer.id(), cipher.encrypt(VerificationCodeService.MOBILE_FIELD, m),
                mobileIdx, cipher.encrypt(EMAIL_FIELD, e), emailIdx, now);
        try {
            em.persist(customer);
            em.persist(user);
            em.flush();
        } catch (PersistenceException ex) {
            throw new SuanliException("registration.duplicate");
        }
        events.fire(new CustomerEvent(customer.id(), CustomerEvent.Kind.REGISTERED));
        events.fire(new CustomerEvent(customer.id(), CustomerEvent.Kind.VERIFIED));
        return new OnboardedCustomer(customer.id(), username);
    }

    private String usernameFor(String email, long customerId) {
        String local = email.substring(0, email.indexOf('@')).replaceAll("[^A-Za-z0-9_]", "_");
        if (local.length() >= 4 && local.length() <= 32 && Character.isLetter(local.charAt(0)) && !exists(
                "select count(u) from UserAccount u where lower(u.username) = :v", local.toLowerCase(Locale.ROOT))) {
            return local;
        }
        return "c" + customerId;
    }

    private static String checkedEmail(String email) {
        String e = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(e).matches() || e.length() > 254) {
            throw new SuanliException("registration.emailInvalid");
        }
        return e;
    }

    /** The checks every new customer user passes: password policy, and username, mobile and e-mail not yet taken. */
    private void checkNewUser(String username, char[] password, String mobileIdx, String emailIdx, SecurityPolicy policy) {
        new PasswordPolicy(policy.passwordMinLength(), policy.passwordMinClasses(), commonPasswords).check(username, password);
        if (exists("select count(u) from UserAccount u where lower(u.username) = :v", username.toLowerCase(Locale.ROOT))) {
            throw new SuanliException("registration.usernameTaken");
        }
        if (exists("select count(u) from UserAccount u where u.mobileIdx = :v", mobileIdx)) {
            throw new SuanliException("registration.mobileTaken");
        }
        if (exists("select count(u) from UserAccount u where u.emailIdx = :v", emailIdx)) {
            throw new SuanliException("registration.emailTaken");
        }
    }

    /** Confirms an e-mail address from the link of the verification mail; false for an unknown or spent link. */
    public boolean verifyEmail(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        Instant now = time.now();
        return em.createQuery("select v from VerificationCode v where v.codeHash = :h and v.purpose = :p", VerificationCode.class)
                .setParameter("h", LoginSessions.sha256(token)).setParameter("p", VerificationCode.Purpose.EMAIL_LINK.name())
                .getResultStream().findFirst()
                .filter(v -> v.check(LoginSessions.sha256(token), now) == VerificationCode.Check.OK)
                .flatMap(v -> em.createQuery("select u from UserAccount u where u.emailIdx = :i", UserAccount.class)
                        .setParameter("i", v.targetIdx()).getResultStream().findFirst())
                .map(u -> {
                    u.emailVerified(now);
                    audit.write(new AuditRecord(now, u.username(), "CUSTOMER", "EMAIL_VERIFIED", u.username(), "link",
                            request.ip(), request.userAgent(), "OK"));
                    return true;
                }).orElse(false);
    }

    private void sendEmailLink(UserAccount user, String email, String name, SecurityPolicy policy, Locale locale) {
        String token = LoginSessions.newToken();
        Instant now = time.now();
        Duration valid = Duration.ofDays(policy.registrationValidityDays());
        em.persist(new VerificationCode(Ids.next(), VerificationCode.Purpose.EMAIL_LINK, cipher.blindIndex(EMAIL_FIELD, email),
                LoginSessions.sha256(token), now, now.plus(valid), request.ip()));
        String link = config.publicUrl() + "/verify-email?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        messages.email("EMAIL_VERIFY", email, locale, Map.of("name", name, "link", link,
                "days", String.valueOf(valid.toDays())), user.id());
    }

    private InviteCode invite(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        InviteCode invite = em.find(InviteCode.class, code.trim().toUpperCase(Locale.ROOT));
        if (invite == null || !invite.active()) {
            throw new SuanliException("registration.inviteUnknown", code.trim());
        }
        return invite;
    }

    private boolean exists(String jpql, String value) {
        return em.createQuery(jpql, Long.class).setParameter("v", value).getSingleResult() > 0;
    }

    private static Customer.Type parseType(String type) {
        try {
            return Customer.Type.valueOf(type == null ? "" : type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SuanliException("registration.typeRequired");
        }
    }

}

package io.suanli.core.distribution.application;

import io.suanli.core.distribution.domain.ApplicationStatus;
import io.suanli.core.distribution.domain.Level;
import io.suanli.core.distribution.domain.Placement;
import io.suanli.core.distribution.domain.Tier;
import io.suanli.core.distribution.infrastructure.ApplicationRow;
import io.suanli.core.distribution.infrastructure.DistributionRepository;
import io.suanli.core.distribution.infrastructure.DistributorRow;
import io.suanli.core.distribution.infrastructure.LevelRow;
import io.suanli.core.identity.application.CustomerDirectory;
import io.suanli.core.identity.application.RealNameVerificationService;
import io.suanli.core.identity.application.InviteCodes;
import io.suanli.core.identity.application.MeService;
import io.suanli.core.identity.application.VerificationCodeService;
import io.suanli.core.shared.application.FieldCipher;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.ConflictException;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Masking;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.shared.domain.Validation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/**
 * Becoming a distributor (U11, O7, SPEC §10): a verified customer applies (profile, channels, contact); one that
 * registered with a tier-1's distributor invite code applies as its tier-2. DIST_OPS_ADMIN approves with a level of
 * the right tier — the distributor gets its customer invite code and, as a tier-1, its distributor invite code — or
 * rejects with a reason. The applicant sees where its application stands; a distributor sees its overview.
 */
@Stateless
@RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
public class DistributorService {

    /** The field name of the encrypted contact mobile (its key derivation). */
    static final String CONTACT_MOBILE = "distributor.contactMobile";

    @Inject
    DistributionRepository repository;

    @Inject
    CustomerDirectory customers;

    @Inject
    InviteCodes codes;

    @Inject
    MeService me;

    @Inject
    FieldCipher cipher;

    @Inject
    PlatformClock clock;

    @Resource
    SessionContext ctx;

    @Inject
    RealNameVerificationService files;

    @Inject
    DistributionNotices notices;

    /** The caller's customer applies without materials; answers the application (PENDING). */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own application")
    @Audited("DISTRIBUTOR_APPLY")
    public ApplicationView apply(String profile, String channels, String contactName, String contactMobile) {
        return apply(profile, channels, contactName, contactMobile, null);
    }

    /**
     * The caller's customer applies, with the licence file it uploaded ({@link RealNameVerificationService#uploadMaterials},
     * null for none); answers the application (PENDING). Distribution operations are told.
     */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own application")
    @Audited("DISTRIBUTOR_APPLY")
    public ApplicationView apply(String profile, String channels, String contactName, String contactMobile, Long licenceFileId) {
        long customerId = myCustomerId();
        String p = Validation.requiredText(profile, 2000, "distribution.profile");
        String ch = Validation.requiredText(channels, 1000, "distribution.channels");
        String name = Validation.requiredText(contactName, 100, "distribution.contactName");
        String mobile = VerificationCodeService.normaliseMobile(contactMobile);
        CustomerDirectory.Standing s = customers.standing(customerId);
        if (s == null || !s.verified()) {
            throw new SuanliException("distribution.verifiedOnly");
        }
        if (repository.distributor(customerId) != null) {
            throw new ConflictException("distribution.alreadyDistributor", String.valueOf(customerId));
        }
        if (repository.pending(customerId) != null) {
            throw new ConflictException("distribution.applicationPending", String.valueOf(customerId));
        }
        if (licenceFileId != null && !files.mine(licenceFileId, RealNameVerificationService.DISTRIBUTOR_MATERIALS)) {
            throw new SuanliException("distribution.licenceUnknown", String.valueOf(licenceFileId));
        }
        DistributorRow parent = repository.byDistributorCode(s.inviteCode());
        ApplicationRow row = new ApplicationRow(Ids.next(), customerId, parent == null ? null : parent.customerId(), p, ch, name,
                cipher.encrypt(CONTACT_MOBILE, mobile), clock.now());
        row.withLicence(licenceFileId);
        try {
            repository.persist(row);
        } catch (jakarta.persistence.PersistenceException e) { // the same customer's application sent at the same moment
            throw new ConflictException("distribution.applicationPending", String.valueOf(customerId));
        }
        notices.applied(customers.name(customerId));
        return view(row);
    }

    /** The caller's latest application, or null when it never applied. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own application")
    public ApplicationView myApplication() {
        ApplicationRow a = repository.latest(myCustomerId());
        return a == null ? null : view(a);
    }

    /** The caller's distributor overview; not found when it is not a distributor. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a distributor's own overview")
    public DistributorView mine() {
        long customerId = myCustomerId();
        DistributorRow d = repository.distributor(customerId);
        if (d == null) {
            throw new NotFoundException("distribution.notADistributor", String.valueOf(customerId));
        }
        LevelRow level = repository.level(d.levelCode());
        return new DistributorView(d.customerId(), d.tier(), d.levelCode(), level == null ? d.levelCode() : level.toDomain().name(),
                d.customerInviteCode(), d.distributorInviteCode(), d.parentCustomerId(), repository.boundCount(d.customerId()),
                repository.subDistributors(d.customerId()));
    }

    /** The caller's tier-2 distributors with their figures of this month (a tier-1; empty for a tier-2). */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a distributor's own tier-2s")
    public List<DistributorSummary> myTierTwos() {
        long customerId = myCustomerId();
        if (repository.distributor(customerId) == null) {
            throw new NotFoundException("distribution.notADistributor", String.valueOf(customerId));
        }
        return summaries(repository.tierTwos(customerId));
    }

    /** Every distributor with its figures of this month, tier 1 first (the hierarchy: a tier-2 names its tier-1). */
    @RequiresFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public List<DistributorSummary> hierarchy() {
        return summaries(repository.allDistributors(2000));
    }

    private List<DistributorSummary> summaries(List<DistributorRow> rows) {
        List<Long> ids = rows.stream().map(DistributorRow::customerId).toList();
        Map<Long, CustomerDirectory.Card> cards = customers.cards(ids);
        Map<Long, Long> bound = repository.boundCounts(ids);
        Map<Long, java.math.BigDecimal[]> month = repository.monthFigures(CommissionPosting.period(clock.now()), ids);
        Map<Long, Long> subs = new java.util.HashMap<>();
        rows.stream().filter(d -> d.parentCustomerId() != null).forEach(d -> subs.merge(d.parentCustomerId(), 1L, Long::sum));
        return rows.stream().map(d -> {
            java.math.BigDecimal[] f = month.getOrDefault(d.customerId(), new java.math.BigDecimal[]{java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO});
            return new DistributorSummary(d.customerId(), cards.containsKey(d.customerId()) ? cards.get(d.customerId()).name() : null, d.tier(), d.levelCode(), d.parentCustomerId(), d.approvedAt(),
                    bound.getOrDefault(d.customerId(), 0L), subs.getOrDefault(d.customerId(), 0L),
                    io.suanli.core.shared.domain.Money.of(f[0]), io.suanli.core.shared.domain.Money.of(f[1]));
        }).toList();
    }

    /** The review queue: pending applications, oldest first. */
    @RequiresFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public List<ApplicationView> pending(int first, int max) {
        List<ApplicationRow> rows = repository.applications(ApplicationStatus.PENDING.name(), first, max);
        Map<Long, String> names = customers.names(rows.stream().map(ApplicationRow::customerId).toList());
        return rows.stream().map(a -> view(a, names.get(a.customerId()))).toList();
    }

    /** Approves the customer's pending application with a level of the right tier; answers the distributor. */
    @RequiresFunction(StaffFunction.OPS_DISTRIBUTION_EDIT)
    @Audited("DISTRIBUTOR_APPROVE")
    public DistributorView approve(long customerId, String levelCode) {
        if (levelCode == null || levelCode.isBlank()) {
            throw new SuanliException("validation.required", "distribution.level");
        }
        LevelRow levelRow = repository.level(levelCode.trim());
        if (levelRow == null || levelRow.endedAt() != null) {
            throw new SuanliException("distribution.levelUnknown", levelCode.trim());
        }
        if (repository.distributor(customerId) != null) {
            throw new ConflictException("distribution.alreadyDistributor", String.valueOf(customerId));
        }
        ApplicationRow a = repository.pending(customerId);
        if (a == null) {
            throw new NotFoundException("distribution.noPendingApplication", String.valueOf(customerId));
        }
        Level level = levelRow.toDomain();
        Placement.check(level, a.parentCustomerId());
        String by = ctx.getCallerPrincipal().getName();
        a.review(ApplicationStatus.APPROVED, level.code(), null, clock.now(), by);
        String customerCode = codes.issue(customerId);
        String distributorCode = level.tier() == Tier.ONE ? codes.issue(customerId) : null;
        DistributorRow d = new DistributorRow(customerId, level.tier().number(), level.code(), a.parentCustomerId(), customerCode,
                distributorCode, clock.now(), by);
        repository.persist(d);
        notices.approved(customerId, level.name(), level.tier().number());
        return new DistributorView(customerId, d.tier(), d.levelCode(), level.name(), customerCode, distributorCode, d.parentCustomerId(), 0, 0);
    }

    /** Rejects the customer's pending application with a reason. */
    @RequiresFunction(StaffFunction.OPS_DISTRIBUTION_EDIT)
    @Audited("DISTRIBUTOR_REJECT")
    public ApplicationView reject(long customerId, String reason) {
        String why = Validation.requiredText(reason, 500, "distribution.reason");
        ApplicationRow a = repository.pending(customerId);
        if (a == null) {
            throw new NotFoundException("distribution.noPendingApplication", String.valueOf(customerId));
        }
        a.review(ApplicationStatus.REJECTED, null, why, clock.now(), ctx.getCallerPrincipal().getName());
        notices.rejected(customerId, why);
        return view(a);
    }

    private long myCustomerId() {
        Long id = me.me().customerId();
        if (id == null) {
            throw new SuanliException("distribution.customersOnly");
        }
        return id;
    }

    private ApplicationView view(ApplicationRow a) {
        return view(a, null);
    }

    private ApplicationView view(ApplicationRow a, String customerName) {
        return new ApplicationView(a.id(), a.customerId(), customerName, a.parentCustomerId(), a.profile(), a.channels(), a.contactName(),
                Masking.mobile(cipher.decrypt(CONTACT_MOBILE, a.contactMobileEnc())), a.status().name(), a.levelCode(), a.reason(),
                a.createdAt(), a.reviewedAt(), a.reviewedBy(), a.licenceFileId());
    }
}

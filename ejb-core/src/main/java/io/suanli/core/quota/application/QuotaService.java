package io.suanli.core.quota.application;

import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.identity.application.MeService;
import io.suanli.core.quota.domain.QuotaCheck;
import io.suanli.core.quota.domain.QuotaDefinition;
import io.suanli.core.quota.domain.QuotaOverride;
import io.suanli.core.quota.infrastructure.QuotaLedger;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.List;

/**
 * Quotas (O3, S4): platform defaults in the system console, per-customer overrides in the operations console, and
 * each customer's own quotas with usage. The check itself is {@link io.suanli.core.shared.domain.QuotaGate}.
 */
@Stateless
public class QuotaService {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    QuotaLedger ledger;

    @Inject
    MeService me;

    @Inject
    CatalogService catalog;

    @Inject
    PlatformClock clock;

    @Resource
    SessionContext ctx;

    @RolesAllowed(Roles.SYS_ADMIN)
    @RequiresFunction(StaffFunction.SYSTEM_QUOTA_EDIT)
    public List<QuotaView> definitions() {
        return all().stream().map(d -> new QuotaView(d.code(), d.kind().name(), d.subject(), d.nameZh(), d.nameEn(), d.defaultLimit(),
                null, d.defaultLimit(), 0)).toList();
    }

    @RolesAllowed(Roles.SYS_ADMIN)
    @RequiresFunction(StaffFunction.SYSTEM_QUOTA_EDIT)
    @Audited("QUOTA_DEFAULT_SET")
    public QuotaView setDefault(String code, Integer limit) {
        if (limit == null) {
            throw new SuanliException("validation.required", "quota.limit");
        }
        QuotaDefinition d = ledger.definition(code);
        d.setDefault(limit, clock.now(), ctx.getCallerPrincipal().getName());
        return new QuotaView(d.code(), d.kind().name(), d.subject(), d.nameZh(), d.nameEn(), d.defaultLimit(), null, d.defaultLimit(), 0);
    }

    /** Defines the instance quota of a spec ("at most N instances of this spec per customer"). */
    @RolesAllowed(Roles.SYS_ADMIN)
    @RequiresFunction(StaffFunction.SYSTEM_QUOTA_EDIT)
    @Audited("QUOTA_SPEC_DEFINE")
    public QuotaView defineSpecQuota(String specCode, Integer defaultLimit) {
        if (defaultLimit == null) {
            throw new SuanliException("validation.required", "quota.limit");
        }
        var spec = catalog.spec(specCode);
        String code = QuotaDefinition.SPEC_PREFIX + spec.code();
        if (em.find(QuotaDefinition.class, code) != null) {
            throw new SuanliException("quota.alreadyDefined", spec.code());
        }
        QuotaDefinition d = QuotaDefinition.forSpec(spec.code(), spec.nameZh() + " 实例数", spec.nameEn() + " instances", defaultLimit,
                clock.now(), ctx.getCallerPrincipal().getName());
        em.persist(d);
        return new QuotaView(d.code(), d.kind().name(), d.subject(), d.nameZh(), d.nameEn(), d.defaultLimit(), null, d.defaultLimit(), 0);
    }

    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_QUOTA_VIEW)
    public List<QuotaView> customerQuotas(long customerId) {
        return quotasOf(customerId);
    }

    /** Sets a customer's own limit; {@code limit} null removes the override, so the default applies again. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_QUOTA_EDIT)
    @Audited("QUOTA_OVERRIDE_SET")
    public QuotaView setOverride(long customerId, String code, Integer limit) {
        QuotaDefinition d = ledger.definition(code);
        QuotaOverride o = em.find(QuotaOverride.class, QuotaLedger.key(customerId, d.code()));
        if (limit == null) {
            if (o != null) {
                em.remove(o);
            }
        } else if (o == null) {
            QuotaCheck.checkLimit(limit);
            em.persist(new QuotaOverride(customerId, d.code(), limit, clock.now(), ctx.getCallerPrincipal().getName()));
            try {
                em.flush();
            } catch (PersistenceException e) {
                throw new NotFoundException("customer.notFound", customerId);
            }
        } else {
            o.set(limit, clock.now(), ctx.getCallerPrincipal().getName());
        }
        return view(customerId, d, limit);
    }

    /** The caller's customer's quotas and how much of each is used (U2, O3). */
    @RolesAllowed(Roles.CUSTOMER)
    public List<QuotaView> mine() {
        Long customerId = me.me().customerId();
        if (customerId == null) {
            throw new NotFoundException("auth.unknownUser");
        }
        return quotasOf(customerId);
    }

    private List<QuotaView> quotasOf(long customerId) {
        return all().stream().map(d -> view(customerId, d, ledger.override(customerId, d.code()))).toList();
    }

    private QuotaView view(long customerId, QuotaDefinition d, Integer override) {
        return new QuotaView(d.code(), d.kind().name(), d.subject(), d.nameZh(), d.nameEn(), d.defaultLimit(), override,
                QuotaCheck.effectiveLimit(d.defaultLimit(), override), ledger.used(customerId, d.code()));
    }

    private List<QuotaDefinition> all() {
        return em.createQuery("select d from QuotaDefinition d order by d.sortOrder, d.code", QuotaDefinition.class).getResultList();
    }
}

package io.suanli.core.catalog.application;

import io.suanli.core.catalog.domain.BillingMode;
import io.suanli.core.catalog.domain.PriceTimeline;
import io.suanli.core.catalog.domain.PriceVersion;
import io.suanli.core.catalog.domain.PricingStrategy;
import io.suanli.core.catalog.domain.Spec;
import io.suanli.core.catalog.domain.SpecFamily;
import io.suanli.core.catalog.domain.SpecFamilyMember;
import io.suanli.core.catalog.infrastructure.CatalogRepository;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.Ids;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Pricing strategies (O1): spec families, and price versions per spec and billing mode with effective times.
 * A spec is in at most one family of a strategy and in at most one active strategy; a price never changes once in
 * effect, a new version takes over from a given time.
 */
@Stateless
@RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
public class PricingAdminService {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    CatalogRepository catalog;

    @Inject
    PlatformClock clock;

    @Resource
    SessionContext ctx;

    @RequiresFunction(StaffFunction.OPS_CATALOG_VIEW)
    public List<StrategyView> strategies() {
        return em.createQuery("select s from PricingStrategy s order by s.code", PricingStrategy.class).getResultList().stream()
                .map(this::view).toList();
    }

    @RequiresFunction(StaffFunction.OPS_CATALOG_VIEW)
    public StrategyView strategy(String code) {
        return view(catalog.byCode(PricingStrategy.class, code, "strategy.notFound"));
    }

    @RequiresFunction(StaffFunction.OPS_CATALOG_PRICE)
    @Audited("STRATEGY_CREATE")
    public StrategyView createStrategy(String code, String nameZh, String nameEn) {
        String c = Validation.code(code, 40, "strategy.code");
        if (catalog.findByCode(PricingStrategy.class, c).isPresent()) {
            throw new SuanliException("catalog.codeTaken", c);
        }
        PricingStrategy s = new PricingStrategy(Ids.next(), c, Validation.requiredText(nameZh, 100, "catalog.nameZh"),
                Validation.requiredText(nameEn, 100, "catalog.nameEn"), clock.now());
        em.persist(s);
        return view(s);
    }

    /** Activates or deactivates a strategy; activation is refused while one of its specs is in another active strategy. */
    @RequiresFunction(StaffFunction.OPS_CATALOG_PRICE)
    @Audited("STRATEGY_ACTIVATE")
    public StrategyView setActive(String code, boolean active) {
        PricingStrategy s = catalog.byCode(PricingStrategy.class, code, "strategy.notFound");
        em.lock(s, LockModeType.PESSIMISTIC_WRITE);
        if (active) {
            for (SpecFamilyMember m : members(s.id())) {
                checkNotInOtherActiveStrategy(m.specId(), s.id());
            }
        }
        s.setActive(active);
        return view(s);
    }

    @RequiresFunction(StaffFunction.OPS_CATALOG_PRICE)
    @Audited("FAMILY_CREATE")
    public StrategyView createFamily(String strategyCode, String code, String nameZh, String nameEn) {
        PricingStrategy s = catalog.byCode(PricingStrategy.class, strategyCode, "strategy.notFound");
        String c = Validation.code(code, 40, "family.code");
        if (families(s.id()).stream().anyMatch(f -> f.code().equals(c))) {
            throw new SuanliException("catalog.codeTaken", c);
        }
        em.persist(new SpecFamily(Ids.next(), s.id(), c, Validation.requiredText(nameZh, 100, "catalog.nameZh"),
                Validation.requiredText(nameEn, 100, "catalog.nameEn")));
        return view(s);
    }

    /** Puts a spec in a family; refused when the spec is already in a family of this strategy. */
    @RequiresFunction(StaffFunction.OPS_CATALOG_PRICE)
    @Audited("FAMILY_ADD_SPEC")
    public StrategyView addToFamily(String strategyCode, String familyCode, String specCode) {
        PricingStrategy s = catalog.byCode(PricingStrategy.class, strategyCode, "strategy.notFound");
        em.lock(s, LockModeType.PESSIMISTIC_WRITE);
        SpecFamily f = family(s, familyCode);
        Spec spec = catalog.byCode(Spec.class, specCode, "spec.notFound");
        members(s.id()).stream().filter(m -> m.specId() == spec.id()).findFirst().ifPresent(m -> {
            String other = em.find(SpecFamily.class, m.familyId()).code();
            throw new SuanliException("family.specInOtherFamily", spec.code(), other);
        });
        if (s.active()) {
            checkNotInOtherActiveStrategy(spec.id(), s.id());
        }
        em.persist(new SpecFamilyMember(f.id(), spec.id(), s.id()));
        return view(s);
    }

    @RequiresFunction(StaffFunction.OPS_CATALOG_PRICE)
    @Audited("FAMILY_REMOVE_SPEC")
    public StrategyView removeFromFamily(String strategyCode, String familyCode, String specCode) {
        PricingStrategy s = catalog.byCode(PricingStrategy.class, strategyCode, "strategy.notFound");
        SpecFamily f = family(s, familyCode);
        Spec spec = catalog.byCode(Spec.class, specCode, "spec.notFound");
        int removed = em.createQuery("delete from SpecFamilyMember m where m.familyId = :f and m.specId = :s")
                .setParameter("f", f.id()).setParameter("s", spec.id()).executeUpdate();
        if (removed == 0) {
            throw new NotFoundException("spec.notFound", specCode);
        }
        return view(s);
    }

    /**
     * Adds a price version for a spec of the strategy, effective from {@code from} (now when null) until {@code to}
     * (open-ended when null). The open-ended version before it ends where it starts; overlaps and past starts are refused.
     */
    @RequiresFunction(StaffFunction.OPS_CATALOG_PRICE)
    @Audited("PRICE_ADD")
    public PriceView addPrice(String strategyCode, String specCode, String billingMode, String unit, String amount,
                              Instant from, Instant to) {
        PricingStrategy s = catalog.byCode(PricingStrategy.class, strategyCode, "strategy.notFound");
        em.lock(s, LockModeType.PESSIMISTIC_WRITE);
        Spec spec = catalog.byCode(Spec.class, specCode, "spec.notFound");
        if (members(s.id()).stream().noneMatch(m -> m.specId() == spec.id())) {
            throw new SuanliException("price.specNotInStrategy", spec.code(), s.code());
        }
        BillingMode mode = BillingMode.parse(billingMode);
        String u = unit == null || unit.isBlank() ? mode.units().get(0) : unit.trim();
        if (!mode.units().contains(u)) {
            throw new SuanliException("price.unitInvalid", u, mode.name());
        }
        BigDecimal value = PriceTimeline.checkAmount(parseAmount(amount), mode);
        Instant now = clock.now();
        PriceTimeline.Window w = new PriceTimeline.Window(from == null ? now : from.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                to == null ? null : to.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        List<PriceVersion> existing = em.createQuery("select p from PriceVersion p where p.strategyId = :st and p.specId = :sp "
                        + "and p.billingMode = :m order by p.effectiveFrom", PriceVersion.class)
                .setParameter("st", s.id()).setParameter("sp", spec.id()).setParameter("m", mode).getResultList();
        OptionalInt close = PriceTimeline.place(existing.stream().map(PriceVersion::window).toList(), w, now);
        close.ifPresent(i -> existing.get(i).endAt(w.from()));
        PriceVersion p = new PriceVersion(Ids.next(), s.id(), spec.id(), w, u, value, mode, now, ctx.getCallerPrincipal().getName());
        em.persist(p);
        return CatalogRepository.price(p, s.code(), spec.code());
    }

    private static BigDecimal parseAmount(String amount) {
        if (amount == null || amount.isBlank()) {
            throw new SuanliException("money.required");
        }
        try {
            return new BigDecimal(amount.trim());
        } catch (NumberFormatException e) {
            throw new SuanliException("money.invalid", amount);
        }
    }

    private void checkNotInOtherActiveStrategy(long specId, long strategyId) {
        List<String> others = em.createQuery("select s.code from SpecFamilyMember m, PricingStrategy s where m.strategyId = s.id "
                        + "and s.active = true and m.specId = :sp and s.id <> :st", String.class)
                .setParameter("sp", specId).setParameter("st", strategyId).getResultList();
        if (!others.isEmpty()) {
            throw new SuanliException("strategy.specInActiveStrategy", em.find(Spec.class, specId).code(), others.get(0));
        }
    }

    private SpecFamily family(PricingStrategy s, String code) {
        return families(s.id()).stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("family.notFound", code));
    }

    private List<SpecFamily> families(long strategyId) {
        return em.createQuery("select f from SpecFamily f where f.strategyId = :s order by f.code", SpecFamily.class)
                .setParameter("s", strategyId).getResultList();
    }

    private List<SpecFamilyMember> members(long strategyId) {
        return em.createQuery("select m from SpecFamilyMember m where m.strategyId = :s", SpecFamilyMember.class)
                .setParameter("s", strategyId).getResultList();
    }

    private StrategyView view(PricingStrategy s) {
        Map<Long, String> specCodes = em.createQuery("select sp from Spec sp, SpecFamilyMember m where m.specId = sp.id and m.strategyId = :s",
                Spec.class).setParameter("s", s.id()).getResultList().stream().collect(Collectors.toMap(Spec::id, Spec::code, (a, b) -> a));
        List<SpecFamilyMember> members = members(s.id());
        List<StrategyView.FamilyView> families = families(s.id()).stream().map(f -> new StrategyView.FamilyView(f.id(), f.code(),
                f.nameZh(), f.nameEn(), members.stream().filter(m -> m.familyId() == f.id()).map(m -> specCodes.get(m.specId()))
                .sorted().toList())).toList();
        Map<Long, String> allSpecCodes = priceSpecCodes(s.id());
        List<PriceView> prices = em.createQuery("select p from PriceVersion p where p.strategyId = :s order by p.effectiveFrom desc, p.id desc",
                        PriceVersion.class).setParameter("s", s.id()).getResultList().stream()
                .map(p -> CatalogRepository.price(p, s.code(), allSpecCodes.get(p.specId()))).toList();
        return new StrategyView(s.id(), s.code(), s.nameZh(), s.nameEn(), s.active(), families, prices);
    }

    private Map<Long, String> priceSpecCodes(long strategyId) {
        return em.createQuery("select distinct sp from Spec sp, PriceVersion p where p.specId = sp.id and p.strategyId = :s", Spec.class)
                .setParameter("s", strategyId).getResultList().stream().collect(Collectors.toMap(Spec::id, Spec::code));
    }
}

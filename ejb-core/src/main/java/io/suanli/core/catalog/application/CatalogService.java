package io.suanli.core.catalog.application;

import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.catalog.domain.BillingMode;
import io.suanli.core.catalog.domain.Category;
import io.suanli.core.catalog.domain.PriceVersion;
import io.suanli.core.catalog.domain.Product;
import io.suanli.core.catalog.domain.ResourceType;
import io.suanli.core.catalog.domain.Scenario;
import io.suanli.core.catalog.domain.Spec;
import io.suanli.core.catalog.infrastructure.CatalogRepository;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The catalog as everyone sees it (P1): on-shelf products with their specs and current prices, categories,
 * scenarios and search. Operations staff may also open a product that is not on shelf, as a preview.
 */
@Stateless
@PermitAll
public class CatalogService {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    CatalogRepository catalog;

    @Inject
    PlatformClock clock;

    @Resource
    SessionContext ctx;

    public List<ProductView> onShelf() {
        return catalog.views(em.createQuery("select p from Product p where p.status = :s order by p.sortOrder, p.code", Product.class)
                .setParameter("s", Product.Status.ON_SHELF).getResultList(), clock.now());
    }

    public List<ProductView> onShelfInCategory(String categoryCode) {
        Category c = catalog.byCode(Category.class, categoryCode, "category.notFound");
        return onShelf().stream().filter(p -> p.categoryCode().equals(c.code())).toList();
    }

    public List<ProductView> onShelfForScenario(String scenarioCode) {
        return onShelf().stream().filter(p -> p.scenarioCodes().contains(scenarioCode)).toList();
    }

    /** On-shelf products whose code, names, summaries or spec names contain the text (any language, any case). */
    public List<ProductView> search(String text) {
        if (text == null || text.isBlank()) {
            return onShelf();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return onShelf().stream().filter(p -> contains(t, p.code(), p.text().nameZh(), p.text().nameEn(), p.text().summaryZh(),
                        p.text().summaryEn(), p.categoryNameZh(), p.categoryNameEn())
                        || p.specs().stream().anyMatch(s -> contains(t, s.code(), s.nameZh(), s.nameEn())))
                .toList();
    }

    private static boolean contains(String needle, String... hay) {
        for (String h : hay) {
            if (h != null && h.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A product page: on-shelf products for everyone; with {@code preview}, operations staff also see products in
     * any other state, rendered the same way. Anyone else gets "not found".
     */
    public ProductView product(String code, boolean preview) {
        Product p = catalog.findByCode(Product.class, code).orElseThrow(() -> new NotFoundException("product.notFound", code));
        if (!p.isOnShelf() && !(preview && isOperations())) {
            throw new NotFoundException("product.notFound", code);
        }
        return catalog.views(List.of(p), clock.now()).get(0);
    }

    public boolean isOperations() {
        return Roles.OPERATIONS.stream().anyMatch(this::inRole);
    }

    private boolean inRole(String role) {
        try {
            return ctx.isCallerInRole(role);
        } catch (IllegalStateException e) {
            return false;
        }
    }

    public List<ReferenceView> categories() {
        return em.createQuery("select c from Category c order by c.sortOrder, c.code", Category.class).getResultList().stream()
                .map(c -> new ReferenceView(c.code(), c.nameZh(), c.nameEn(), c.descriptionZh(), c.descriptionEn(), c.sortOrder())).toList();
    }

    public List<ReferenceView> scenarios() {
        return em.createQuery("select s from Scenario s order by s.sortOrder, s.code", Scenario.class).getResultList().stream()
                .map(s -> new ReferenceView(s.code(), s.nameZh(), s.nameEn(), s.descriptionZh(), s.descriptionEn(), s.sortOrder())).toList();
    }

    public ReferenceView scenario(String code) {
        Scenario s = code == null ? null : em.find(Scenario.class, code);
        if (s == null) {
            throw new NotFoundException("scenario.notFound", String.valueOf(code));
        }
        return new ReferenceView(s.code(), s.nameZh(), s.nameEn(), s.descriptionZh(), s.descriptionEn(), s.sortOrder());
    }

    /**
     * The price a quote uses now for a spec in a billing mode. The product must be on shelf, unless an operations
     * user previews it; the spec must have a price in that mode.
     */
    public SpecPrice priceFor(String specCode, String billingMode, boolean preview) {
        BillingMode mode = BillingMode.parse(billingMode);
        Spec spec = catalog.findByCode(Spec.class, specCode).orElseThrow(() -> new NotFoundException("spec.notFound", String.valueOf(specCode)));
        Product p = em.find(Product.class, spec.productId());
        if (!p.isOnShelf() && !(preview && isOperations())) {
            throw new SuanliException("quote.notOnShelf", spec.code());
        }
        Instant now = clock.now();
        PriceVersion v = catalog.effectivePrices(List.of(spec.id()), now).stream().filter(x -> x.billingMode() == mode).findFirst()
                .orElseThrow(() -> new SuanliException("quote.noPrice", spec.code(), mode.name()));
        Category c = em.find(Category.class, p.categoryId());
        ResourceType t = em.find(ResourceType.class, p.resourceTypeId());
        return new SpecPrice(spec.code(), p.code(), c.code(), t.code(), v.id(), mode.name(), v.unit(), v.amount());
    }

    /** The category code of a product, null when there is no such product: pay-as-you-go hours are matched by it (§9). */
    @jakarta.annotation.security.RolesAllowed(Roles.SYS_ADMIN)
    @NoFunction("the platform's usage rating")
    public String categoryOf(String productCode) {
        return catalog.findByCode(Product.class, productCode).map(p -> em.find(Category.class, p.categoryId()))
                .map(Category::code).orElse(null);
    }

    /** A spec of any product, by code: for staff who define quotas or check orders. */
    @jakarta.annotation.security.RolesAllowed({Roles.SYS_ADMIN, Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @NoFunction("catalog reads that ordering, billing and provisioning need for every role")
    public SpecView spec(String code) {
        Spec s = catalog.byCode(Spec.class, code, "spec.notFound");
        return new SpecView(s.id(), s.code(), s.nameZh(), s.nameEn(), s.hcsoSpecCode(), s.sortOrder(), s.attributes(), List.of());
    }

    /**
     * Where a spec of a product is opened automatically (I1): the cloud account serving its resource type, the HCSO
     * service and resource type codes, and the HCSO flavor of the spec; empty when operations back-fill by hand.
     */
    @jakarta.annotation.security.RolesAllowed({io.suanli.core.shared.domain.Roles.OPS_ADMIN, io.suanli.core.shared.domain.Roles.SYS_ADMIN})
    @NoFunction("catalog reads that ordering, billing and provisioning need for every role")
    public java.util.Optional<ProvisioningTarget> provisioning(String productCode, String specCode) {
        return catalog.findByCode(Product.class, productCode).flatMap(p -> {
            io.suanli.core.catalog.domain.ResourceType t = em.find(io.suanli.core.catalog.domain.ResourceType.class, p.resourceTypeId());
            if (t == null || t.cloudAccount() == null) {
                return java.util.Optional.empty();
            }
            String flavor = specCode == null ? null : catalog.findByCode(Spec.class, specCode).map(Spec::hcsoSpecCode).orElse(null);
            return java.util.Optional.of(new ProvisioningTarget(t.cloudAccount(), t.hcsoServiceType(), t.hcsoResourceType(), flavor));
        });
    }

    /** A pay-as-you-go price version of a spec: unit price per {@code unit}, in force over {@code [from, to)}. */
    public record PaygPrice(String specCode, long priceVersionId, String unit, java.math.BigDecimal amount, Instant from, Instant to) {
    }

    /**
     * Every pay-as-you-go price version, past, present and future, of the given specs in their active pricing
     * strategy: usage is rated with the version in force at the hour of use (B1), not the one in force today.
     */
    @jakarta.annotation.security.RolesAllowed({Roles.SYS_ADMIN, Roles.OPS_ADMIN, Roles.FINANCE})
    @NoFunction("catalog reads that ordering, billing and provisioning need for every role")
    public List<PaygPrice> paygPrices(java.util.Collection<String> specCodes) {
        if (specCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select sp.code, p from PriceVersion p, PricingStrategy s, SpecFamilyMember m, Spec sp "
                        + "where p.strategyId = s.id and s.active = true and m.strategyId = s.id and m.specId = p.specId "
                        + "and sp.id = p.specId and sp.code in :codes and p.billingMode = :mode order by sp.code, p.effectiveFrom",
                        Object[].class)
                .setParameter("codes", specCodes).setParameter("mode", BillingMode.PAYG).getResultList().stream()
                .map(x -> {
                    PriceVersion v = (PriceVersion) x[1];
                    return new PaygPrice((String) x[0], v.id(), v.unit(), v.amount(), v.effectiveFrom(), v.effectiveTo());
                }).toList();
    }

    /**
     * The kinds of the products with these codes, on shelf or not (codes not in the catalog are left out): for the
     * resource monitoring overview, which splits consumption by resource type (U9).
     */
    @jakarta.annotation.security.RolesAllowed({Roles.CUSTOMER, Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
    @NoFunction("catalog reads that ordering, billing and provisioning need for every role")
    public java.util.Map<String, ProductKind> productKinds(java.util.Collection<String> codes) {
        java.util.Map<String, ProductKind> out = new java.util.LinkedHashMap<>();
        if (codes == null || codes.isEmpty()) {
            return out;
        }
        java.util.Map<Long, Category> categories = catalog.all(Category.class, Category::id);
        java.util.Map<Long, ResourceType> types = catalog.all(ResourceType.class, ResourceType::id);
        for (Product p : em.createQuery("select p from Product p where p.code in :c", Product.class)
                .setParameter("c", new java.util.ArrayList<>(new java.util.HashSet<>(codes))).getResultList()) {
            Category c = categories.get(p.categoryId());
            ResourceType t = types.get(p.resourceTypeId());
            out.put(p.code(), new ProductKind(p.code(), p.text().nameZh(), p.text().nameEn(), c == null ? null : c.code(),
                    t == null ? null : t.code(), t == null ? null : t.hcsoResourceType()));
        }
        return out;
    }

    /** A price version by id, as an order keeps it (prices are never changed, so it prices the order forever). */
    public PriceView priceVersion(long id) {
        PriceVersion v = em.find(PriceVersion.class, id);
        if (v == null) {
            throw new NotFoundException("price.notFound", id);
        }
        return CatalogRepository.price(v, catalog.all(io.suanli.core.catalog.domain.PricingStrategy.class,
                io.suanli.core.catalog.domain.PricingStrategy::id).get(v.strategyId()).code(), em.find(Spec.class, v.specId()).code());
    }
}

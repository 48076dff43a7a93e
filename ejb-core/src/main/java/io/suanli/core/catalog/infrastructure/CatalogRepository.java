package io.suanli.core.catalog.infrastructure;

import io.suanli.core.catalog.application.PriceView;
import io.suanli.core.catalog.application.ProductView;
import io.suanli.core.catalog.application.SpecView;
import io.suanli.core.catalog.domain.BillingMode;
import io.suanli.core.catalog.domain.Brand;
import io.suanli.core.catalog.domain.Category;
import io.suanli.core.catalog.domain.PriceVersion;
import io.suanli.core.catalog.domain.PricingStrategy;
import io.suanli.core.catalog.domain.Product;
import io.suanli.core.catalog.domain.ResourceType;
import io.suanli.core.catalog.domain.Spec;
import io.suanli.core.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the catalog and assembles its views: products with their specs and the prices in effect. */
@ApplicationScoped
public class CatalogRepository {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    /** Prices in the order of the billing modes: monthly, yearly, pay as you go. */
    private static final Comparator<PriceView> BY_MODE = Comparator.comparing(p -> BillingMode.valueOf(p.billingMode()).ordinal());

    public <T> T byCode(Class<T> type, String code, String notFoundKey) {
        return findByCode(type, code).orElseThrow(() -> new NotFoundException(notFoundKey, code));
    }

    public <T> Optional<T> findByCode(Class<T> type, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.code = :c", type)
                .setParameter("c", code.trim()).getResultList().stream().findFirst();
    }

    public List<Spec> specsOf(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Spec s where s.productId in :p order by s.sortOrder, s.code", Spec.class)
                .setParameter("p", productIds).getResultList();
    }

    /** The prices in effect at {@code at}: from active strategies the spec is a member of. */
    public List<PriceVersion> effectivePrices(Collection<Long> specIds, Instant at) {
        if (specIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from PriceVersion p, PricingStrategy s, SpecFamilyMember m where p.strategyId = s.id "
                        + "and s.active = true and m.strategyId = s.id and m.specId = p.specId and p.specId in :ids "
                        + "and p.effectiveFrom <= :t and (p.effectiveTo is null or p.effectiveTo > :t) order by p.billingMode", PriceVersion.class)
                .setParameter("ids", specIds).setParameter("t", at).getResultList();
    }

    public List<ProductView> views(List<Product> products, Instant at) {
        Map<Long, Category> categories = all(Category.class, Category::id);
        Map<Long, ResourceType> types = all(ResourceType.class, ResourceType::id);
        Map<Long, Brand> brands = all(Brand.class, Brand::id);
        Map<Long, String> strategies = all(PricingStrategy.class, PricingStrategy::id).values().stream()
                .collect(Collectors.toMap(PricingStrategy::id, PricingStrategy::code));
        List<Spec> specs = specsOf(products.stream().map(Product::id).toList());
        Map<Long, String> specCodes = specs.stream().collect(Collectors.toMap(Spec::id, Spec::code));
        Map<Long, List<PriceView>> prices = effectivePrices(specCodes.keySet(), at).stream()
                .collect(Collectors.groupingBy(PriceVersion::specId,
                        Collectors.mapping(p -> price(p, strategies.get(p.strategyId()), specCodes.get(p.specId())), Collectors.toList())));
        Map<Long, List<SpecView>> specViews = specs.stream().collect(Collectors.groupingBy(Spec::productId,
                Collectors.mapping(s -> new SpecView(s.id(), s.code(), s.nameZh(), s.nameEn(), s.hcsoSpecCode(), s.sortOrder(),
                        s.attributes(), prices.getOrDefault(s.id(), List.of()).stream().sorted(BY_MODE).toList()), Collectors.toList())));
        return products.stream().map(p -> {
            Category c = categories.get(p.categoryId());
            ResourceType t = types.get(p.resourceTypeId());
            Brand b = p.brandId() == null ? null : brands.get(p.brandId());
            List<SpecView> ss = specViews.getOrDefault(p.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(SpecView::sortOrder).thenComparing(SpecView::code)).toList();
            return new ProductView(p.id(), p.code(), p.status().name(), c.code(), c.nameZh(), c.nameEn(), t.code(),
                    b == null ? null : b.code(), p.sortOrder(), p.text(), p.scenarios().stream().sorted().toList(), ss, p.updatedAt(),
                    p.status().actions());
        }).toList();
    }

    public static PriceView price(PriceVersion p, String strategyCode, String specCode) {
        return new PriceView(p.id(), strategyCode, specCode, p.billingMode().name(), p.unit(), p.amount(), p.effectiveFrom(),
                p.effectiveTo(), p.createdBy());
    }

    public <T> Map<Long, T> all(Class<T> type, Function<T, Long> id) {
        return em.createQuery("select x from " + type.getSimpleName() + " x", type).getResultList().stream()
                .collect(Collectors.toMap(id, x -> x));
    }
}

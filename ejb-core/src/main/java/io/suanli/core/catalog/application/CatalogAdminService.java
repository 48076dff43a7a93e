package io.suanli.core.catalog.application;

import io.suanli.core.catalog.domain.Brand;
import io.suanli.core.catalog.domain.Category;
import io.suanli.core.catalog.domain.Product;
import io.suanli.core.catalog.domain.ProductText;
import io.suanli.core.catalog.domain.ResourceType;
import io.suanli.core.catalog.domain.Scenario;
import io.suanli.core.catalog.domain.Spec;
import io.suanli.core.catalog.domain.SpecAttributes;
import io.suanli.core.catalog.infrastructure.CatalogRepository;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.shared.domain.Validation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The product center of the operations console (O1): reference data (categories, resource types, brands,
 * scenarios), products and specs, and publishing. Pricing is {@link PricingAdminService}.
 */
@Stateless
@RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
public class CatalogAdminService {

    private static final Map<String, String> SORTS = Map.of("code", "p.code", "status", "p.status", "updatedAt", "p.updatedAt",
            "sortOrder", "p.sortOrder", "name", "p.nameZh");

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    CatalogRepository catalog;

    @Inject
    PlatformClock clock;

    // ---- reference data

    @RequiresFunction(StaffFunction.OPS_CATALOG_VIEW)
    public List<ReferenceView> categories() {
        return em.createQuery("select c from Category c order by c.sortOrder, c.code", Category.class).getResultList().stream()
                .map(c -> new ReferenceView(c.code(), c.nameZh(), c.nameEn(), c.descriptionZh(), c.descriptionEn(), c.sortOrder())).toList();
    }

    @RequiresFunction(StaffFunction.OPS_CATALOG_EDIT)
    @Audited("CATEGORY_SAVE")
    public ReferenceView saveCategory(String code, String nameZh, String nameEn, String descriptionZh, String descriptionEn, int sortOrder) {
        String c = Validation.code(code, 40, "catalog.code");
        Category cat = catalog.findByCode(Category.class, c).orElseGet(() -> {
            Category n = new Category(Ids.next(), c);
            em.persist(n);
            return n;
        });
        cat.describe(Validation.requiredText(nameZh, 100, "catalog.nameZh"), Validation.requiredText(nameEn, 100, "catalog.nameEn"),
                Validation.optionalText(descriptionZh, 1000, "catalog.descriptionZh"),
                Validation.optionalText(descriptionEn, 1000, "catalog.descriptionEn"), sortOrder);
        return new ReferenceView(c, cat.nameZh(), cat.nameEn(), cat.descriptionZh(), cat.descriptionEn(), sortOrder);
    }

    @RequiresFunction(StaffFunction.OPS_CATALOG_VIEW)
    public List<ReferenceView> resourceTypes() {
        return em.createQuery("select t from ResourceType t order by t.code", ResourceType.class).getResultList().stream()
                .map(t -> new ReferenceView(t.code(), t.nameZh(), t.nameEn(), t.hcsoServiceType(), t.hcsoResourceType(), 0)).toList();
    }

    /** A cloud resource type and the HCSO codes its usage records carry (extensible: operations add new ones). */
    @RequiresFunction(StaffFunction.OPS_CATALOG_EDIT)
    @Audited("RESOURCE_TYPE_SAVE")
    public ReferenceView saveResourceType(String code, String nameZh, String nameEn, String hcsoServiceType, String hcsoResourceType) {
        return saveResourceType(code, nameZh, nameEn, hcsoServiceType, hcsoResourceType, null);
    }

    /**
     * The same, with the cloud account that opens resources of this type automatically: null keeps the current one,
     * blank removes it (operations back-fill by hand).
     */
    @RequiresFunction(StaffFunction.OPS_CATALOG_EDIT)
    @Audited("RESOURCE_TYPE_SAVE")
    public ReferenceView saveResourceType(String code, String nameZh, String nameEn, String hcsoServiceType, String hcsoResourceType,
                                          String cloudAccount) {
        String c = Validation.code(code, 40, "catalog.code");
        ResourceType t = catalog.findByCode(ResourceType.class, c).orElseGet(() -> {
            ResourceType n = new ResourceType(Ids.next(), c);
            em.persist(n);
            return n;
        });
        t.describe(Validation.requiredText(nameZh, 100, "catalog.nameZh"), Validation.requiredText(nameEn, 100, "catalog.nameEn"),
                Validation.code(hcsoServiceType, 100, "resourceType.hcsoServiceType"),
                Validation.code(hcsoResourceType, 100, "resourceType.hcsoResourceType"));
        if (cloudAccount != null) { // null keeps the link (the console's form does not show it), blank removes it
            t.servedBy(cloudAccount.isBlank() ? null : Validation.code(cloudAccount, 40, "resourceType.cloudAccount"));
        }
        return new ReferenceView(c, t.nameZh(), t.nameEn(), t.hcsoServiceType(), t.hcsoResourceType(), 0);
    }

    @RequiresFunction(StaffFunction.OPS_CATALOG_VIEW)
    public List<ReferenceView> brands() {
        return em.createQuery("select b from Brand b order by b.code", Brand.class).getResultList().stream()
                .map(b -> new ReferenceView(b.code(), b.nameZh(), b.nameEn(), null, null, 0)).toList();
    }

    @RequiresFunction(StaffFunction.OPS_CATALOG_EDIT)
    @Audited("BRAND_SAVE")
    public ReferenceView saveBrand(String code, String nameZh, String nameEn) {
        String c = Validation.code(code, 40, "catalog.code");
        Brand b = catalog.findByCode(Brand.class, c).orElseGet(() -> {
            Brand n = new Brand(Ids.next(), c);
            em.persist(n);
            return n;
        });
        b.describe(Validation.requiredText(nameZh, 100, "catalog.nameZh"), Validation.requiredText(nameEn, 100, "catalog.nameEn"));
        return new ReferenceView(c, b.nameZh(), b.nameEn(), null, null, 0);
    }

    @RequiresFunction(StaffFunction.OPS_CATALOG_VIEW)
    public List<ReferenceView> scenarios() {
        return em.createQuery("select s from Scenario s order by s.sortOrder, s.code", Scenario.class).getResultList().stream()
                .map(s -> new ReferenceView(s.code(), s.nameZh(), s.nameEn(), s.descriptionZh(), s.descriptionEn(), s.sortOrder())).toList();
    }

    @RequiresFunction(StaffFunction.OPS_CATALOG_EDIT)
    @Audited("SCENARIO_SAVE")
    public ReferenceView saveScenario(String code, String nameZh, String nameEn, String descriptionZh, String descriptionEn, int sortOrder) {
        String c = Validation.code(code, 40, "catalog.code");
        Scenario s = em.find(Scenario.class, c);
        if (s == null) {
            s = new Scenario(c);
            em.persist(s);
        }
        s.describe(Validation.requiredText(nameZh, 100, "catalog.nameZh"), Validation.requiredText(nameEn, 100, "catalog.nameEn"),
                Validation.optionalText(descriptionZh, 20000, "catalog.descriptionZh"),
                Validation.optionalText(descriptionEn, 20000, "catalog.descriptionEn"), sortOrder);
        return new ReferenceView(c, s.nameZh(), s.nameEn(), s.descriptionZh(), s.descriptionEn(), sortOrder);
    }

    // ---- products

    /** The product table: filtered by text (code or name), status and category; sorted by a known column. */
    @RequiresFunction(StaffFunction.OPS_CATALOG_VIEW)
    public Page<ProductView> products(ProductQuery q, int first, int max) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" and (lower(p.code) like :t or lower(p.nameZh) like :t or lower(p.nameEn) like :t)");
            params.put("t", "%" + q.text().trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (q.status() != null && !q.status().isBlank()) {
            where.append(" and p.status = :s");
            params.put("s", parseStatus(q.status()));
        }
        if (q.categoryCode() != null && !q.categoryCode().isBlank()) {
            where.append(" and p.categoryId = :c");
            params.put("c", catalog.findByCode(Category.class, q.categoryCode()).map(Category::id).orElse(-1L));
        }
        String order = " order by " + SORTS.getOrDefault(q.sortField() == null ? "" : q.sortField(), "p.sortOrder")
                + (q.ascending() ? " asc" : " desc") + ", p.code";
        TypedQuery<Product> rows = em.createQuery("select p from Product p" + where + order, Product.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Product p" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Product> page = rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 200)).getResultList();
        return new Page<>(catalog.views(page, clock.now()), count.getSingleResult());
    }

    @RequiresFunction(StaffFunction.OPS_CATALOG_VIEW)
    public ProductView product(String code) {
        return catalog.views(List.of(catalog.byCode(Product.class, code, "product.notFound")), clock.now()).get(0);
    }

    @RequiresFunction(StaffFunction.OPS_CATALOG_EDIT)
    @Audited("PRODUCT_CREATE")
    public ProductView createProduct(String code, ProductForm form) {
        String c = Validation.code(code, 40, "product.code");
        if (catalog.findByCode(Product.class, c).isPresent()) {
            throw new SuanliException("catalog.codeTaken", c);
        }
        Product p = new Product(Ids.next(), c, clock.now());
        describe(p, form);
        em.persist(p);
        return catalog.views(List.of(p), clock.now()).get(0);
    }

    @RequiresFunction(StaffFunction.OPS_CATALOG_EDIT)
    @Audited("PRODUCT_UPDATE")
    public ProductView updateProduct(String code, ProductForm form) {
        Product p = catalog.byCode(Product.class, code, "product.notFound");
        describe(p, form);
        return catalog.views(List.of(p), clock.now()).get(0);
    }

    private void describe(Product p, ProductForm form) {
        if (form == null || form.text() == null) {
            throw new SuanliException("validation.required", "product.nameZh");
        }
        ProductText text = form.text().checked();
        Category cat = catalog.byCode(Category.class, Validation.requiredText(form.categoryCode(), 40, "product.category"), "category.notFound");
        ResourceType type = catalog.byCode(ResourceType.class,
                Validation.requiredText(form.resourceTypeCode(), 40, "product.resourceType"), "resourceType.notFound");
        Long brand = form.brandCode() == null || form.brandCode().isBlank() ? null
                : catalog.byCode(Brand.class, form.brandCode(), "brand.notFound").id();
        Set<String> scenarios = new LinkedHashSet<>(form.scenarioCodes() == null ? List.of() : form.scenarioCodes());
        for (String s : scenarios) {
            if (em.find(Scenario.class, s) == null) {
                throw new NotFoundException("scenario.notFound", s);
            }
        }
        p.describe(text, cat.id(), type.id(), brand, Validation.range(form.sortOrder(), 0, 9999, "catalog.sortOrder"), scenarios, clock.now());
    }

    // ---- specs

    /** Creates the spec or updates the one with this code (of the same product). */
    @RequiresFunction(StaffFunction.OPS_CATALOG_EDIT)
    @Audited("SPEC_SAVE")
    public SpecView saveSpec(String productCode, String code, String nameZh, String nameEn, String hcsoSpecCode, int sortOrder,
                             Map<String, String> attributes) {
        Product p = catalog.byCode(Product.class, productCode, "product.notFound");
        String c = Validation.code(code, 60, "spec.code");
        Spec s = catalog.findByCode(Spec.class, c).orElse(null);
        if (s != null && s.productId() != p.id()) {
            throw new SuanliException("catalog.codeTaken", c);
        }
        String zh = Validation.requiredText(nameZh, 100, "spec.nameZh");
        String en = Validation.requiredText(nameEn, 100, "spec.nameEn");
        String hcso = Validation.code(hcsoSpecCode, 100, "spec.hcsoSpecCode");
        Map<String, String> attrs = SpecAttributes.checked(attributes == null ? Map.of() : attributes);
        int order = Validation.range(sortOrder, 0, 9999, "catalog.sortOrder");
        if (s == null) {
            s = new Spec(Ids.next(), c, p.id());
            em.persist(s);
        }
        s.describe(zh, en, hcso, order, attrs);
        return new SpecView(s.id(), s.code(), zh, en, hcso, order, s.attributes(), List.of());
    }

    // ---- publishing

    @RequiresFunction(StaffFunction.OPS_CATALOG_PUBLISH)
    @Audited("PRODUCT_PREVIEW")
    public ProductView preview(String code) {
        return move(code, Product::preview);
    }

    @RequiresFunction(StaffFunction.OPS_CATALOG_PUBLISH)
    @Audited("PRODUCT_BACK_TO_DRAFT")
    public ProductView backToDraft(String code) {
        return move(code, Product::backToDraft);
    }

    /** On shelf: only with at least one spec, and every spec priced now in some billing mode. */
    @RequiresFunction(StaffFunction.OPS_CATALOG_PUBLISH)
    @Audited("PRODUCT_ON_SHELF")
    public ProductView putOnShelf(String code) {
        Product p = catalog.byCode(Product.class, code, "product.notFound");
        ProductView v = product(p);
        if (v.specs().isEmpty()) {
            throw new SuanliException("product.noSpecs", code);
        }
        List<String> unpriced = new ArrayList<>();
        v.specs().stream().filter(s -> s.prices().isEmpty()).forEach(s -> unpriced.add(s.code()));
        if (!unpriced.isEmpty()) {
            throw new SuanliException("product.unpriced", String.join(", ", unpriced));
        }
        p.putOnShelf(clock.now());
        return product(p);
    }

    /** Off shelf: hidden from the portal and from new orders; resources already sold are not touched. */
    @RequiresFunction(StaffFunction.OPS_CATALOG_PUBLISH)
    @Audited("PRODUCT_OFF_SHELF")
    public ProductView takeOffShelf(String code) {
        return move(code, Product::takeOffShelf);
    }

    /** One publishing step of the product's state machine, now. */
    private ProductView move(String code, java.util.function.BiConsumer<Product, java.time.Instant> step) {
        Product p = catalog.byCode(Product.class, code, "product.notFound");
        step.accept(p, clock.now());
        return product(p);
    }

    private ProductView product(Product p) {
        return catalog.views(List.of(p), clock.now()).get(0);
    }

    private static Product.Status parseStatus(String s) {
        try {
            return Product.Status.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new SuanliException("product.statusInvalid", s);
        }
    }
}

package io.suanli.core.marketing.application;

import io.suanli.core.shared.application.Rates;
import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.catalog.application.ProductView;
import io.suanli.core.identity.application.CustomerDirectory;
import io.suanli.core.marketing.domain.Conditions;
import io.suanli.core.marketing.domain.Discount;
import io.suanli.core.marketing.domain.OrderType;
import io.suanli.core.marketing.domain.Scope;
import io.suanli.core.marketing.domain.Validity;
import io.suanli.core.marketing.infrastructure.DiscountRow;
import io.suanli.core.marketing.infrastructure.MarketingRepository;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.Page;
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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Discounts of the marketing center (O5, SPEC §9): created with their scope, conditions, rate and validity, listed,
 * and ended early. A discount is never edited: end it and create another. CONTRACT scopes come with contracts (§11).
 */
@Stateless
@RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
public class DiscountService {

    static final Set<String> BILLING_MODES = Set.of("PREPAID_MONTHLY", "PREPAID_YEARLY", "PAYG");

    @Inject
    MarketingRepository repository;

    @Inject
    PlatformClock clock;

    @Resource
    SessionContext ctx;

    @RequiresFunction(StaffFunction.OPS_MARKETING_EDIT)
    @Audited("DISCOUNT_CREATE")
    public DiscountView create(DiscountDraft d) {
        DiscountRow row = new DiscountRow(discount(Ids.next(), d), clock.now(), caller());
        repository.persist(row);
        return view(row);
    }

    /**
     * A contract's discount (scope CONTRACT, SPEC §11): applies to the contract's customer while the contract is in force
     * and within its dates, combined with the others by the stacking policy. Answers its id.
     */
    @jakarta.annotation.security.RolesAllowed({io.suanli.core.shared.domain.Roles.OPS_ADMIN, io.suanli.core.shared.domain.Roles.DIST_OPS_ADMIN,
            io.suanli.core.shared.domain.Roles.FINANCE, io.suanli.core.shared.domain.Roles.SALES, io.suanli.core.shared.domain.Roles.SYS_ADMIN})
    @io.suanli.core.shared.domain.NoFunction("inside ContractService.activate, which checks the contract function")
    public long contractDiscount(long contractId, String name, java.math.BigDecimal rate, java.time.Instant from, java.time.Instant to) {
        Discount d = new Discount(Ids.next(), name, rate, io.suanli.core.marketing.domain.Scope.contract(contractId), false, Conditions.ANY,
                new Validity(from, to));
        DiscountRow row = new DiscountRow(d, clock.now(), caller());
        repository.persist(row);
        return d.id();
    }

    /** Ends a contract's discount now (the contract ended or was terminated). */
    @jakarta.annotation.security.RolesAllowed({io.suanli.core.shared.domain.Roles.OPS_ADMIN, io.suanli.core.shared.domain.Roles.DIST_OPS_ADMIN,
            io.suanli.core.shared.domain.Roles.FINANCE, io.suanli.core.shared.domain.Roles.SALES, io.suanli.core.shared.domain.Roles.SYS_ADMIN})
    @io.suanli.core.shared.domain.NoFunction("inside ContractService.terminate and the daily end, which check the caller")
    public void endContractDiscount(long discountId) {
        repository.lockDiscount(discountId).end(clock.now());
    }

    /** Ends a discount now: quotes from now on no longer see it; orders already placed keep their price. */
    @RequiresFunction(StaffFunction.OPS_MARKETING_EDIT)
    @Audited("DISCOUNT_END")
    public DiscountView end(long id) {
        DiscountRow row = repository.lockDiscount(id);
        row.end(clock.now());
        return view(row);
    }

    /** The most customers a preview counts. */
    static final int PREVIEW_CUSTOMERS = 1000;

    @Inject
    CatalogService catalog;

    @Inject
    CustomerDirectory customers;

    /**
     * What the discount hits: the specs on shelf its category, product and spec conditions match, and the active
     * customers its scope covers (every one, those of its province or city, or its one customer), counted up to
     * {@link #PREVIEW_CUSTOMERS}, the first twenty by name. Billing modes, order types, nodes and amounts are checked
     * per order, so they narrow nothing here.
     */
    @RequiresFunction(StaffFunction.OPS_MARKETING_VIEW)
    public DiscountPreview preview(long id, Locale locale) {
        Discount d = repository.discount(id).toDomain();
        Conditions c = d.conditions();
        List<DiscountPreview.Spec> specs = new ArrayList<>();
        for (ProductView p : catalog.onShelf()) {
            if ((c.categoryCode() == null || c.categoryCode().equals(p.categoryCode())) && (c.productCode() == null || c.productCode().equals(p.code()))) {
                p.specs().stream().filter(s -> c.specCode() == null || c.specCode().equals(s.code()))
                        .forEach(s -> specs.add(new DiscountPreview.Spec(p.code(), p.name(locale), s.code(), s.name(locale))));
            }
        }
        Scope s = d.scope();
        List<Long> ids = switch (s.kind()) {
            case PLATFORM -> customers.matching(null, false, null, null, PREVIEW_CUSTOMERS + 1);
            case REGION -> s.regionCode().endsWith("0000")
                    ? customers.matching(null, false, s.regionCode(), null, PREVIEW_CUSTOMERS + 1)
                    : customers.matching(null, false, s.regionCode().substring(0, 2) + "0000", s.regionCode(), PREVIEW_CUSTOMERS + 1);
            case CUSTOMER -> customers.names(List.of(s.customerId())).isEmpty() ? List.of() : List.of(s.customerId());
            case CONTRACT -> List.of();
        };
        List<Long> first = ids.subList(0, Math.min(20, ids.size()));
        Map<Long, String> names = customers.names(first);
        return new DiscountPreview(specs, Math.min(ids.size(), PREVIEW_CUSTOMERS), ids.size() > PREVIEW_CUSTOMERS,
                first.stream().map(names::get).filter(java.util.Objects::nonNull).toList());
    }

    /** All discounts, newest first. */
    @RequiresFunction(StaffFunction.OPS_MARKETING_VIEW)
    public Page<DiscountView> list(int first, int max) {
        return new Page<>(repository.page(first, max).stream().map(DiscountService::view).toList(), repository.count());
    }

    /** Checks the draft and builds the discount; every error is a keyed {@link SuanliException}, nothing is stored. */
    static Discount discount(long id, DiscountDraft d) {
        if (d == null) {
            throw new SuanliException("validation.required", "discount");
        }
        String name = Validation.requiredText(d.name(), 100, "name");
        Scope scope = scope(d);
        Set<String> modes = new LinkedHashSet<>();
        for (String m : d.billingModes() == null ? List.<String>of() : d.billingModes()) {
            String v = m == null ? "" : m.trim().toUpperCase(Locale.ROOT);
            if (!BILLING_MODES.contains(v)) {
                throw new SuanliException("marketing.billingModeInvalid", m);
            }
            modes.add(v);
        }
        Set<OrderType> types = new LinkedHashSet<>();
        for (String t : d.orderTypes() == null ? List.<String>of() : d.orderTypes()) {
            try {
                types.add(OrderType.valueOf(t == null ? "" : t.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new SuanliException("marketing.orderTypeInvalid", t);
            }
        }
        Money minList = d.minListAmount() == null || d.minListAmount().isBlank() ? null : Money.parseExact(d.minListAmount());
        Conditions c = new Conditions(null, Validation.optionalText(d.categoryCode(), 40, "categoryCode"),
                Validation.optionalText(d.productCode(), 40, "productCode"), Validation.optionalText(d.specCode(), 40, "specCode"),
                modes, types, d.minNodes(), minList);
        if (d.validFrom() == null) {
            throw new SuanliException("validation.required", "validFrom");
        }
        Validity validity = new Validity(d.validFrom(), d.validTo());
        return new Discount(id, name, Rates.parse(d.rate(), "rate", "marketing.rateInvalid"), scope,
                Boolean.TRUE.equals(d.exclusive()), c, validity);
    }

    private static Scope scope(DiscountDraft d) {
        if (d.scope() == null || d.scope().isBlank()) {
            throw new SuanliException("validation.required", "scope");
        }
        return switch (d.scope().trim().toUpperCase(Locale.ROOT)) {
            case "PLATFORM" -> Scope.platform();
            case "REGION" -> Scope.region(Validation.optionalText(d.region(), 40, "region"));
            case "CUSTOMER" -> Scope.customer(d.customerId());
            default -> throw new SuanliException("marketing.scopeInvalid", d.scope());
        };
    }

    static DiscountView view(DiscountRow row) {
        Discount d = row.toDomain();
        Scope s = d.scope();
        Conditions c = d.conditions();
        return new DiscountView(d.id(), d.name(), s.kind().name(), s.customerId(), s.regionCode(), c.categoryCode(), c.productCode(),
                c.specCode(), c.billingModes().stream().sorted().toList(), c.orderTypes().stream().sorted().map(Enum::name).toList(),
                c.minNodes(), c.minListAmount(), d.rate(), d.exclusive(), d.validity().from(), d.validity().to(), row.endedAt(),
                row.createdAt(), row.createdBy());
    }

    private String caller() {
        return ctx.getCallerPrincipal().getName();
    }
}

package io.suanli.core.marketing.application;

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

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    /** Ends a discount now: quotes from now on no longer see it; orders already placed keep their price. */
    @RequiresFunction(StaffFunction.OPS_MARKETING_EDIT)
    @Audited("DISCOUNT_END")
    public DiscountView end(long id) {
        DiscountRow row = repository.lockDiscount(id);
        row.end(clock.now());
        return view(row);
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

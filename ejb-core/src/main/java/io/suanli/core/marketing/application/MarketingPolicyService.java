package io.suanli.core.marketing.application;

import io.suanli.core.shared.application.Rates;
import io.suanli.core.marketing.domain.StackingPolicy;
import io.suanli.core.marketing.infrastructure.MarketingPolicyRow;
import io.suanli.core.marketing.infrastructure.MarketingRepository;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Locale;

/** The one stacking policy of the marketing center (SPEC §9): BEST_ONLY or STACKED, and the floor rate. */
@Stateless
@RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
public class MarketingPolicyService {

    @Inject
    MarketingRepository repository;

    @Inject
    PlatformClock clock;

    @Resource
    SessionContext ctx;

    @RequiresFunction(StaffFunction.OPS_MARKETING_VIEW)
    public PolicyView get() {
        return view(repository.policy(false));
    }

    /** Sets how discounts combine from now on; quotes already made and orders placed keep their price. */
    @RequiresFunction(StaffFunction.OPS_MARKETING_EDIT)
    @Audited("MARKETING_POLICY_UPDATE")
    public PolicyView set(String stacking, String floorRate) {
        StackingPolicy p = policy(stacking, floorRate);
        MarketingPolicyRow row = repository.policy(true);
        row.set(p, clock.now(), ctx.getCallerPrincipal().getName());
        return view(row);
    }

    static StackingPolicy policy(String stacking, String floorRate) {
        if (stacking == null || stacking.isBlank()) {
            throw new SuanliException("validation.required", "stacking");
        }
        StackingPolicy.Mode mode;
        try {
            mode = StackingPolicy.Mode.valueOf(stacking.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SuanliException("marketing.stackingInvalid", stacking);
        }
        return new StackingPolicy(mode, Rates.parse(floorRate, "floorRate", "marketing.floorInvalid"));
    }

    private static PolicyView view(MarketingPolicyRow row) {
        StackingPolicy p = row.toDomain();
        return new PolicyView(p.mode().name(), p.floor(), row.updatedAt(), row.updatedBy());
    }
}

package io.suanli.core.distribution.application;

import io.suanli.core.distribution.domain.Level;
import io.suanli.core.distribution.domain.Tier;
import io.suanli.core.distribution.infrastructure.DistributionRepository;
import io.suanli.core.distribution.infrastructure.LevelRow;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.application.Rates;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.ConflictException;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The levels of the distribution center (O7, SPEC §10): DIST_OPS_ADMIN creates them — code, name, tier, commission
 * rate and, for tier 1, the override rate —; every distribution staff member lists them. A level is never edited in
 * place, so commission lines computed with its rates stay explained.
 */
@Stateless
@RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
public class LevelService {

    @Inject
    DistributionRepository repository;

    @Inject
    PlatformClock clock;

    @Resource
    SessionContext ctx;

    @RequiresFunction(StaffFunction.OPS_DISTRIBUTION_EDIT)
    @Audited("DISTRIBUTION_LEVEL_CREATE")
    public LevelView create(String code, String name, Integer tier, String commissionRate, String overrideRate) {
        Level l = new Level(code == null ? null : code.trim(), name, Tier.of(tier),
                Rates.parse(commissionRate, "commissionRate", "distribution.rateInvalid"),
                overrideRate == null || overrideRate.isBlank() ? null : Rates.parse(overrideRate, "overrideRate", "distribution.rateInvalid"));
        if (repository.level(l.code()) != null) {
            throw new ConflictException("distribution.levelExists", l.code());
        }
        LevelRow row = new LevelRow(l, clock.now(), ctx.getCallerPrincipal().getName());
        repository.persist(row);
        return view(row);
    }

    @RequiresFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public List<LevelView> list() {
        return repository.levels().stream().map(LevelService::view).toList();
    }

    static LevelView view(LevelRow row) {
        Level l = row.toDomain();
        return new LevelView(l.code(), l.name(), l.tier().number(), l.commissionRate(), l.overrideRate(), row.createdAt(),
                row.createdBy(), row.endedAt());
    }
}

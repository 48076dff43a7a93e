package io.suanli.core.quota.infrastructure;

import io.suanli.core.quota.domain.QuotaCheck;
import io.suanli.core.quota.domain.QuotaDefinition;
import io.suanli.core.quota.domain.QuotaOverride;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.QuotaGate;
import io.suanli.core.shared.domain.QuotaUsageSource;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.OptionalLong;

/** Limits from definitions and overrides, usage from every {@link QuotaUsageSource}: the one quota check. */
@ApplicationScoped
public class QuotaLedger implements QuotaGate {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    @Any
    Instance<QuotaUsageSource> sources;

    @Override
    public boolean may(long customerId, String quotaCode, long adding) {
        return QuotaCheck.allows(limit(customerId, quotaCode), used(customerId, quotaCode), adding);
    }

    @Override
    public void require(long customerId, String quotaCode, long adding) {
        QuotaDefinition d = definition(quotaCode);
        int limit = limit(customerId, d);
        long used = used(customerId, quotaCode);
        if (!QuotaCheck.allows(limit, used, adding)) {
            throw new SuanliException("quota.exceeded", d.nameZh(), d.nameEn(), limit, used, adding);
        }
    }

    @Override
    public boolean defines(String quotaCode) {
        return quotaCode != null && em.find(QuotaDefinition.class, quotaCode) != null;
    }

    @Override
    public int limit(long customerId, String quotaCode) {
        return limit(customerId, definition(quotaCode));
    }

    public int limit(long customerId, QuotaDefinition d) {
        QuotaOverride o = em.find(QuotaOverride.class, key(customerId, d.code()));
        return QuotaCheck.effectiveLimit(d.defaultLimit(), o == null ? null : o.limit());
    }

    public Integer override(long customerId, String quotaCode) {
        QuotaOverride o = em.find(QuotaOverride.class, key(customerId, quotaCode));
        return o == null ? null : o.limit();
    }

    public long used(long customerId, String quotaCode) {
        for (QuotaUsageSource s : sources) {
            OptionalLong u = s.usage(customerId, quotaCode);
            if (u.isPresent()) {
                return u.getAsLong();
            }
        }
        return 0;
    }

    public QuotaDefinition definition(String code) {
        QuotaDefinition d = code == null ? null : em.find(QuotaDefinition.class, code);
        if (d == null) {
            throw new NotFoundException("quota.notFound", String.valueOf(code));
        }
        return d;
    }

    public static QuotaOverride.Key key(long customerId, String code) {
        QuotaOverride.Key k = new QuotaOverride.Key();
        k.customerId = customerId;
        k.quotaCode = code;
        return k;
    }
}

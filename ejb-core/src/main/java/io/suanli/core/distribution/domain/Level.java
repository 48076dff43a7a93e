package io.suanli.core.distribution.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.math.BigDecimal;

/**
 * A distributor level (SPEC §10): code, name, tier, the commission rate on its direct customers' consumption and, for
 * tier 1 only, the override rate on its tier-2s' customers' consumption. Rates are in [0, 1) with at most four
 * decimals (0.0825 = 8.25 %); a tier-2 level has no override. A change applies from then on: commission lines keep
 * the rate they were computed with.
 */
public record Level(String code, String name, Tier tier, BigDecimal commissionRate, BigDecimal overrideRate) {

    public Level {
        if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,31}")) {
            throw new SuanliException("distribution.levelCodeInvalid", String.valueOf(code));
        }
        if (name == null || name.isBlank()) {
            throw new SuanliException("validation.required", "distribution.levelName");
        }
        name = name.trim();
        if (name.length() > 100) {
            throw new SuanliException("validation.tooLong", "distribution.levelName", 100);
        }
        if (tier == null) {
            throw new SuanliException("validation.required", "distribution.tier");
        }
        commissionRate = rate(commissionRate);
        if (tier == Tier.TWO && overrideRate != null && overrideRate.signum() != 0) {
            throw new SuanliException("distribution.overrideTierOneOnly", overrideRate.toPlainString());
        }
        overrideRate = overrideRate == null ? BigDecimal.ZERO.setScale(4) : rate(overrideRate);
    }

    private static BigDecimal rate(BigDecimal r) {
        if (r == null || r.signum() < 0 || r.compareTo(BigDecimal.ONE) >= 0 || r.stripTrailingZeros().scale() > 4) {
            throw new SuanliException("distribution.rateInvalid", r == null ? "null" : r.toPlainString());
        }
        return r.setScale(4);
    }
}

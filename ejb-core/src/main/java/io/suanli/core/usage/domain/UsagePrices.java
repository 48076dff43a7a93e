package io.suanli.core.usage.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pay-as-you-go price versions of the specs an import may meet, looked up by spec and hour: usage is rated with
 * the version in force at the hour of use, whatever is in force when the file arrives.
 */
public final class UsagePrices {

    private final Map<String, List<UsagePrice>> bySpec = new HashMap<>();

    public UsagePrices(List<UsagePrice> prices) {
        for (UsagePrice p : prices) {
            bySpec.computeIfAbsent(p.specCode(), k -> new ArrayList<>()).add(p);
        }
    }

    /** The version in force at {@code hour}, or null. */
    public UsagePrice at(String specCode, Instant hour) {
        List<UsagePrice> versions = bySpec.get(specCode);
        if (versions != null) {
            for (UsagePrice p : versions) {
                if (p.covers(hour)) {
                    return p;
                }
            }
        }
        return null;
    }
}

package io.suanli.core.ordering.application;

import io.suanli.core.ordering.domain.PoolKind;
import io.suanli.core.shared.domain.Money;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The customer's resource monitoring overview (U9): instances opened by status, the ones still being provisioned,
 * accumulated spend, and consumption per product type over a period, split into shared pool, dedicated pool and other
 * products ({@link PoolKind}). The money figures are null when the caller may not view billing.
 *
 * @param from             first day of the period (Beijing time, inclusive)
 * @param to               last day of the period (inclusive)
 * @param instances        number of resources per status (every status, zero included)
 * @param provisioning     resources still being opened, oldest first
 * @param accumulatedSpend everything the ledger charged minus refunded, since the first order
 * @param consumption      per product in the period, shared first, then dedicated, then other
 */
public record MonitoringOverview(LocalDate from, LocalDate to, Map<String, Long> instances, long totalInstances,
                                 List<Provisioning> provisioning, boolean spendVisible, Money accumulatedSpend,
                                 List<ProductLine> consumption, Map<PoolKind, Money> consumptionByKind, Money periodTotal)
        implements Serializable {

    /** A resource being opened: since when, under which order, and whether the last attempt failed (operations retry or open it by hand). */
    public record Provisioning(long resourceId, String productCode, String specCode, int nodes, String orderNo, Instant since,
                               String orderStatus, boolean delayed) implements Serializable {
    }

    /** One product's consumption in the period. */
    public record ProductLine(String productCode, String nameZh, String nameEn, String resourceTypeCode, PoolKind kind,
                              Money charged, Money refunded, Money net) implements Serializable {

        public String name(Locale l) {
            String zh = nameZh == null ? productCode : nameZh;
            return l != null && "en".equals(l.getLanguage()) && nameEn != null ? nameEn : zh;
        }
    }

    public Money of(PoolKind kind) {
        return consumptionByKind == null ? null : consumptionByKind.get(kind);
    }

    public long count(String status) {
        return instances.getOrDefault(status, 0L);
    }
}

package io.suanli.core.marketing.application;

import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.identity.application.CustomerDirectory;
import io.suanli.core.marketing.domain.Batch;
import io.suanli.core.marketing.domain.Candidate;
import io.suanli.core.marketing.domain.CashCoupons;
import io.suanli.core.marketing.domain.DeductionCoupon;
import io.suanli.core.marketing.domain.HourlyDiscounts;
import io.suanli.core.marketing.domain.OrderType;
import io.suanli.core.marketing.infrastructure.BatchRow;
import io.suanli.core.marketing.infrastructure.DiscountRow;
import io.suanli.core.marketing.infrastructure.GrantRepository;
import io.suanli.core.marketing.infrastructure.GrantRow;
import io.suanli.core.marketing.infrastructure.MarketingRepository;
import io.suanli.core.marketing.infrastructure.UseRow;
import io.suanli.core.ordering.application.UsagePricing;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The marketing center's part in pay-as-you-go hours (SPEC §9, U3): the discounts in force in each hour (one query per
 * resource and batch of hours, then {@link HourlyDiscounts}), and the customer's deduction cash coupons whose batch
 * allows pay-as-you-go, paying what is due soonest expiring first. A cash coupon's use is a {@code coupon_use} row USED
 * at once under the charge's reference (there is no unpaid state to hold it in), so batch usage counts it.
 */
@ApplicationScoped
public class MarketingUsagePricing implements UsagePricing {

    @Inject
    MarketingRepository repository;

    @Inject
    GrantRepository grants;

    @Inject
    CustomerDirectory customers;

    @Inject
    CatalogService catalog;

    @Override
    public List<Money> discounts(Subject s, List<Hour> hours) {
        if (hours.isEmpty()) {
            return List.of();
        }
        Instant from = hours.stream().map(Hour::start).min(Instant::compareTo).orElseThrow();
        Instant to = hours.stream().map(Hour::start).max(Instant::compareTo).orElseThrow().plus(Duration.ofHours(1));
        List<DiscountRow> rows = repository.inForceDuring(from, to, s.productCode());
        if (rows.isEmpty()) {
            return Collections.nCopies(hours.size(), Money.ZERO);
        }
        List<HourlyDiscounts.Dated> dated = rows.stream().map(d -> new HourlyDiscounts.Dated(d.toDomain(), d.endedAt())).toList();
        String category = dated.stream().anyMatch(d -> d.discount().conditions().categoryCode() != null)
                ? catalog.categoryOf(s.productCode()) : null;
        CustomerDirectory.Location region = customers.region(s.customerId());
        List<Candidate> candidates = hours.stream().map(h -> candidate(s, region, category, h.list(), h.start())).toList();
        return HourlyDiscounts.of(repository.policy(false).toDomain(), dated, candidates);
    }

    @Override
    public Money payWithCashCoupons(Subject s, String reference, Money due, Instant at) {
        List<GrantRow> rows = grants.lockPaygCashCoupons(s.customerId());
        if (rows.isEmpty() || !due.isPositive()) {
            return Money.ZERO;
        }
        Map<Long, BatchRow> batches = grants.batches(rows.stream().map(GrantRow::batchId).distinct().toList());
        CustomerDirectory.Location region = customers.region(s.customerId());
        Candidate c = candidate(s, region, null, due, at);
        Map<Long, GrantRow> byId = new HashMap<>();
        List<DeductionCoupon> usable = new ArrayList<>();
        for (GrantRow g : rows) {
            Batch b = batches.get(g.batchId()).toDomain();
            Candidate forBatch = b.conditions().categoryCode() == null ? c : candidate(s, region, catalog.categoryOf(s.productCode()), due, at);
            DeductionCoupon d = b.cashCoupon(g.id(), g.balance());
            if (d.usableFor(forBatch)) {
                usable.add(d);
                byId.put(g.id(), g);
            }
        }
        CashCoupons.Allocation a = CashCoupons.allocate(due, usable, at);
        for (CashCoupons.Use u : a.uses()) {
            GrantRow g = byId.get(u.couponId());
            Batch b = batches.get(g.batchId()).toDomain();
            g.set(g.state(b.kind(), b.faceValue()).hold(u.amount()).use());
            UseRow use = new UseRow(Ids.next(), g.id(), reference, s.customerId(), u.amount(), at);
            use.move(UseRow.Status.USED, at);
            grants.persist(use);
        }
        return a.total();
    }

    private static Candidate candidate(Subject s, CustomerDirectory.Location region, String category, Money list, Instant at) {
        return new Candidate(s.customerId(), region == null ? null : region.provinceCode(), region == null ? null : region.cityCode(),
                null, null, category, s.productCode(), s.specCode(), Candidate.PAYG, OrderType.NEW, s.nodes(), list, at);
    }
}

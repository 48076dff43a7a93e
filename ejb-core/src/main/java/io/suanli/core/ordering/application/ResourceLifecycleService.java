package io.suanli.core.ordering.application;

import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.billing.application.LedgerService;
import io.suanli.core.ordering.domain.Resource;
import io.suanli.core.ordering.domain.ResourceStatus;
import io.suanli.core.ordering.domain.Terms;
import io.suanli.core.ordering.domain.UsageHour;
import io.suanli.core.ordering.infrastructure.OrderRows;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.AuditRecord;
import io.suanli.core.shared.domain.AuditSink;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The life of resources after they opened (U7, §8): hourly usage charges of pay-as-you-go resources (the SDR job
 * calls {@link #chargeHour}, idempotent per resource and hour), arrears when funds run out, and the sweep that
 * expires prepaid resources at their end, freezes them after the grace period (and pay-as-you-go resources in
 * arrears after theirs), releases frozen ones after the retention period, and collects what is owed once funds are
 * back. Each resource moves under its row lock, each move audited.
 */
@Stateless
@NoFunction("platform: the lifecycle timer and usage charging (and the dev profile's triggers)")
@RolesAllowed(Roles.SYS_ADMIN)
public class ResourceLifecycleService {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH").withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    OrderRows rows;

    @Inject
    LedgerService ledger;

    @Inject
    PlatformClock clock;

    @Inject
    AuditSink audit;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<ResourceReleaser> releasers;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<UsagePricing> pricings;

    @Inject
    @ConfigProperty(name = "suanli.resource.expiry-grace-days", defaultValue = "7")
    int expiryGraceDays;

    @Inject
    @ConfigProperty(name = "suanli.payg.arrears-grace-hours", defaultValue = "24")
    int arrearsGraceHours;

    @Inject
    @ConfigProperty(name = "suanli.resource.retention-days", defaultValue = "15")
    int retentionDays;

    @jakarta.annotation.Resource
    SessionContext ctx;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/SuanliDS")
    javax.sql.DataSource dataSource;

    private static final String[] USAGE_HOUR_COLUMNS = {"resource_id", "hour_start", "rated", "charged", "created_at",
            "usage_amount", "price_version_id", "charge_ref", "list_amount", "discount", "coupon_paid"};

    /** What one usage hour did: rated amount, what was charged now, what is owed, and whether it was a replay. */
    public record UsageCharge(long resourceId, Instant hour, Money rated, Money charged, Money owed, String status, boolean replayed) {
    }

    /** One hour of a resource as rated from its usage records: the usage, the price version in force then, the amount. */
    public record RatedHour(Instant hour, java.math.BigDecimal usage, Long priceVersionId, Money rated) {
    }

    /**
     * What one batch of rated hours did to a resource: hours new and re-rated (corrections, late records), hours
     * outside the resource's life (not charged), the amount rated more (or less), charged, refunded, and owed after.
     */
    public record UsageBatch(long resourceId, int hoursNew, int hoursChanged, int hoursOutside, Money ratedChange,
                             Money charged, Money refunded, Money owed, String status) {
    }

    /** The pay-as-you-go resources usage records may name, by their cloud resource id (the SDR ResourceID). */
    public record UsageTarget(long resourceId, long customerId, String cloudResourceId, String specCode, String unit,
                              boolean payg, Instant activatedAt, Instant endsAt) {
    }

    /** Every resource that has a cloud resource id: the SDR import resolves records against these. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UsageTarget> usageTargets() {
        return em.createQuery("select r from Resource r where r.resourcePoolId is not null", Resource.class).getResultList().stream()
                .map(r -> new UsageTarget(r.id(), r.customerId(), r.resourcePoolId(), r.specCode(), r.unit(),
                        !Terms.isPrepaid(r.billingMode()), r.activatedAt(), r.endsAt()))
                .toList();
    }

    /**
     * Charges a batch of rated hours of one pay-as-you-go resource with one ledger entry ({@code reference}),
     * idempotent per hour. Each hour's list amount is first priced by the discounts in force in that hour (SPEC §9,
     * {@link UsagePricing}): what is due is the amount after discounts. An hour already rated at the same amount changes
     * nothing; rated higher (a correction, a late record) it is charged the difference; rated lower, the difference
     * first lowers what the hour still owed, then is refunded against the charge that took it (what cash coupons paid
     * is never refunded). What is due is paid by deduction cash coupons allowed for pay-as-you-go first, then by the
     * accounts; as with {@link #chargeHour}, what the funds do not cover is owed and the resource goes into arrears.
     * Hours outside the resource's life are skipped and counted.
     */
    public UsageBatch chargeUsage(long resourceId, String reference, List<RatedHour> hours) {
        Resource r = rows.lockResource(resourceId, null);
        if (Terms.isPrepaid(r.billingMode())) {
            throw new SuanliException("resource.notPayg", String.valueOf(resourceId));
        }
        Instant now = clock.now();
        TreeMap<Instant, RatedHour> byHour = new TreeMap<>();
        int outside = 0;
        for (RatedHour h : hours) {
            Instant hour = h.hour().truncatedTo(ChronoUnit.HOURS);
            if (r.activatedAt() == null || hour.isBefore(r.activatedAt().truncatedTo(ChronoUnit.HOURS))
                    || r.endsAt() != null && !hour.isBefore(r.endsAt())) {
                outside++;
            } else {
                byHour.put(hour, new RatedHour(hour, h.usage(), h.priceVersionId(), h.rated()));
            }
        }
        if (byHour.isEmpty()) {
            return new UsageBatch(resourceId, 0, 0, outside, Money.ZERO, Money.ZERO, Money.ZERO, r.owed(), r.status().name());
        }
        UsagePricing.Subject subject = new UsagePricing.Subject(r.id(), r.customerId(), r.productCode(), r.specCode(),
                r.billingMode(), r.nodes());
        Map<Instant, Money> discounts = discounts(subject, byHour.values());
        Map<Instant, UsageHour> done = new java.util.HashMap<>();
        em.createQuery("select u from UsageHour u where u.resourceId = :r and u.hourStart >= :a and u.hourStart <= :b", UsageHour.class)
                .setParameter("r", resourceId).setParameter("a", byHour.firstKey()).setParameter("b", byHour.lastKey())
                .getResultList().forEach(u -> done.put(u.hourStart(), u));
        Money increase = Money.ZERO;
        Money discountGiven = Money.ZERO;
        List<RatedHour> fresh = new java.util.ArrayList<>();
        List<Map.Entry<UsageHour, RatedHour>> higher = new java.util.ArrayList<>();
        List<Map.Entry<UsageHour, RatedHour>> lower = new java.util.ArrayList<>();
        for (RatedHour h : byHour.values()) {
            Money due = h.rated().minus(discounts.get(h.hour()));
            UsageHour u = done.get(h.hour());
            if (u == null) {
                fresh.add(h);
                increase = increase.plus(due);
                discountGiven = discountGiven.plus(discounts.get(h.hour()));
            } else {
                int c = due.amount().compareTo(u.rated());
                if (c > 0) {
                    higher.add(Map.entry(u, h));
                    increase = increase.plus(due.minus(Money.of(u.rated())));
                } else if (c < 0) {
                    lower.add(Map.entry(u, h));
                }
            }
        }
        Money byCoupons = increase.isPositive() ? cashCoupons(subject, reference, increase, now) : Money.ZERO;
        Money owing = increase.minus(byCoupons);
        Money available = ledger.available(r.customerId());
        Money charge = owing.compareTo(available) <= 0 ? owing : available;
        if (charge.isPositive()) {
            ledger.charge(r.customerId(), charge, "AUTO", reference, "PAYG " + r.specCode() + " ×" + r.nodes() + " "
                    + HOUR.format(byHour.firstKey()) + "–" + HOUR.format(byHour.lastKey()), usage(r, discountGiven));
        }
        // what cash coupons and then the accounts paid goes to the hours in time order; the rest of each hour is owed
        Money couponsLeft = byCoupons;
        Money left = charge;
        Money ratedChange = increase;
        Money refunded = Money.ZERO;
        Money owedDown = Money.ZERO;
        List<Object[]> freshRows = new java.util.ArrayList<>(fresh.size());
        for (RatedHour h : fresh) {
            Money discount = discounts.get(h.hour());
            Money due = h.rated().minus(discount);
            Money byCoupon = due.compareTo(couponsLeft) <= 0 ? due : couponsLeft;
            couponsLeft = couponsLeft.minus(byCoupon);
            Money rest = due.minus(byCoupon);
            Money paid = rest.compareTo(left) <= 0 ? rest : left;
            left = left.minus(paid);
            freshRows.add(new Object[]{resourceId, h.hour(), due.amount(), paid.amount(), now, h.usage(), h.priceVersionId(),
                    paid.isPositive() ? reference : null, h.rated().amount(), discount.amount(), byCoupon.amount()});
        }
        if (!freshRows.isEmpty()) { // bulk: an SDR file may bring a million hours
            em.flush();
            try (java.sql.Connection c = dataSource.getConnection()) {
                io.suanli.core.shared.infrastructure.MultiRowInsert.insert(c, "usage_hour", USAGE_HOUR_COLUMNS, freshRows);
            } catch (java.sql.SQLException e) {
                throw new jakarta.ejb.EJBException("usage hours of resource " + resourceId, e);
            }
        }
        for (Map.Entry<UsageHour, RatedHour> e : higher) {
            RatedHour h = e.getValue();
            Money discount = discounts.get(h.hour());
            Money more = h.rated().minus(discount).minus(Money.of(e.getKey().rated()));
            Money byCoupon = more.compareTo(couponsLeft) <= 0 ? more : couponsLeft;
            couponsLeft = couponsLeft.minus(byCoupon);
            Money rest = more.minus(byCoupon);
            Money paid = rest.compareTo(left) <= 0 ? rest : left;
            left = left.minus(paid);
            e.getKey().rerate(h.usage(), h.priceVersionId(), h.rated().amount(), discount.amount(), h.rated().minus(discount).amount(),
                    paid.amount(), byCoupon.amount(), paid.isPositive() ? reference : null);
        }
        for (Map.Entry<UsageHour, RatedHour> e : lower) {
            UsageHour u = e.getKey();
            RatedHour h = e.getValue();
            Money discount = discounts.get(h.hour());
            Money due = h.rated().minus(discount);
            Money less = Money.of(u.rated()).minus(due);
            Money unpaid = Money.of(u.rated()).minus(Money.of(u.charged())).minus(Money.of(u.couponPaid()));
            Money forgiven = less.compareTo(unpaid) <= 0 ? less : unpaid;
            Money over = less.minus(forgiven);
            Money back = over.compareTo(Money.of(u.charged())) <= 0 ? over : Money.of(u.charged());
            if (back.isPositive()) {
                String chargeRef = u.chargeRef() != null ? u.chargeRef() : "USE-" + resourceId + "-" + HOUR.format(u.hourStart());
                ledger.refund(r.customerId(), reference + "-R" + HOUR.format(u.hourStart()), List.of(chargeRef), back,
                        "PAYG correction " + r.specCode() + " " + HOUR.format(u.hourStart()), usage(r, null));
                refunded = refunded.plus(back);
            }
            owedDown = owedDown.plus(forgiven);
            ratedChange = ratedChange.minus(less);
            // what cash coupons paid beyond the new amount is not refunded (SPEC §9): it leaves the hour's record
            u.rerate(h.usage(), h.priceVersionId(), h.rated().amount(), discount.amount(), due.amount(), back.amount().negate(),
                    over.minus(back).amount().negate(), null);
        }
        ResourceStatus before = r.status();
        Money owedUp = owing.minus(charge);
        boolean inFunds = ledger.available(r.customerId()).isPositive() || byCoupons.isPositive() && !owedUp.isPositive();
        r.usageBatch(byHour.lastKey(), charge.minus(refunded), owedUp.minus(owedDown), inFunds, now);
        moved(r, before, now, "usage " + ratedChange + " charged " + charge + (byCoupons.isPositive() ? " cash coupons " + byCoupons : ""));
        return new UsageBatch(resourceId, fresh.size(), higher.size() + lower.size(), outside, ratedChange, charge, refunded,
                r.owed(), r.status().name());
    }

    /** What the discounts in force in each hour take off its list amount (never more than it), by hour. */
    private Map<Instant, Money> discounts(UsagePricing.Subject subject, java.util.Collection<RatedHour> hours) {
        List<UsagePricing.Hour> priced = hours.stream().map(h -> new UsagePricing.Hour(h.hour(), h.rated())).toList();
        Map<Instant, Money> out = new java.util.HashMap<>();
        priced.forEach(h -> out.put(h.start(), Money.ZERO));
        for (UsagePricing p : pricings) {
            List<Money> d = p.discounts(subject, priced);
            for (int i = 0; i < priced.size(); i++) {
                UsagePricing.Hour h = priced.get(i);
                Money sum = out.get(h.start()).plus(d.get(i));
                out.put(h.start(), sum.compareTo(h.list()) > 0 ? h.list() : sum);
            }
        }
        return out;
    }

    /** What deduction cash coupons allowed for pay-as-you-go pay of {@code due}. */
    private Money cashCoupons(UsagePricing.Subject subject, String reference, Money due, Instant now) {
        Money paid = Money.ZERO;
        for (UsagePricing p : pricings) {
            Money left = due.minus(paid);
            if (!left.isPositive()) {
                break;
            }
            Money x = p.payWithCashCoupons(subject, reference, left, now);
            if (x.isNegative() || x.compareTo(left) > 0) {
                throw new IllegalStateException("cash coupons paid " + x + " of " + left);
            }
            paid = paid.plus(x);
        }
        return paid;
    }

    /**
     * Charges one hour of a pay-as-you-go resource rated at {@code rated} (its list amount; the dev profile's trigger),
     * the same way as the hours of an SDR file ({@link #chargeUsage}): discounts, cash coupons, then what the funds
     * cover, the rest owed and the resource in arrears. The same resource and hour again changes nothing.
     */
    public UsageCharge chargeHour(long resourceId, Instant hour, Money rated) {
        if (rated == null || rated.isNegative()) {
            throw new SuanliException("money.notPositive", String.valueOf(rated));
        }
        Instant h = hour.truncatedTo(ChronoUnit.HOURS);
        Resource r = rows.lockResource(resourceId, null);
        if (Terms.isPrepaid(r.billingMode())) {
            throw new SuanliException("resource.notPayg", String.valueOf(resourceId));
        }
        if (r.activatedAt() == null || h.isBefore(r.activatedAt().truncatedTo(ChronoUnit.HOURS))
                || r.endsAt() != null && !h.isBefore(r.endsAt())) {
            throw new SuanliException("resource.usageOutsideLife", String.valueOf(resourceId), h.toString());
        }
        UsageHour done = em.find(UsageHour.class, UsageHour.key(resourceId, h));
        if (done != null) {
            return new UsageCharge(resourceId, h, Money.of(done.rated()), Money.of(done.charged()), r.owed(), r.status().name(), true);
        }
        UsageBatch b = chargeUsage(resourceId, "USE-" + resourceId + "-" + HOUR.format(h), List.of(new RatedHour(h, null, null, rated)));
        return new UsageCharge(resourceId, h, b.ratedChange(), b.charged(), b.owed(), b.status(), false);
    }

    /** One pass over the resources whose time has come; answers how many moved to each status. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<String, Integer> sweep() {
        Instant now = clock.now();
        Map<String, Integer> moved = new TreeMap<>();
        ResourceLifecycleService self = ctx.getBusinessObject(ResourceLifecycleService.class);
        for (Long id : due(now)) {
            String to = self.advance(id);
            if (to != null) {
                moved.merge(to, 1, Integer::sum);
            }
        }
        return moved;
    }

    /** Moves one resource along if its time has come; answers the new status, or null. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String advance(long id) {
        Instant now = clock.now();
        Resource r = rows.lockResource(id, null);
        ResourceStatus before = r.status();
        boolean payg = !Terms.isPrepaid(r.billingMode());
        if (payg && r.owed().isPositive() && (before == ResourceStatus.ARREARS || before == ResourceStatus.FROZEN)) {
            Money available = ledger.available(r.customerId());
            Money take = r.owed().compareTo(available) <= 0 ? r.owed() : available;
            if (take.isPositive()) {
                ledger.charge(r.customerId(), take, "AUTO", "USE-" + id + "-OWED-" + now.getEpochSecond(), "PAYG owed " + r.specCode(), usage(r));
                r.collected(take, ledger.available(r.customerId()).isPositive(), now);
            }
        } else if (payg && (before == ResourceStatus.ARREARS || before == ResourceStatus.FROZEN) && r.arrearsSince() != null
                && ledger.available(r.customerId()).isPositive()) {
            r.collected(Money.ZERO, true, now);
        }
        if (r.status() == before) {
            switch (before) {
                case ACTIVE -> {
                    if (!payg && r.endsAt() != null && !now.isBefore(r.endsAt())) {
                        r.expire(now);
                    }
                }
                case EXPIRED -> {
                    if (!now.isBefore(r.statusChangedAt().plus(Duration.ofDays(expiryGraceDays)))) {
                        r.freeze(now);
                    }
                }
                case ARREARS -> {
                    if (r.arrearsSince() != null && !now.isBefore(r.arrearsSince().plus(Duration.ofHours(arrearsGraceHours)))) {
                        r.freeze(now);
                    }
                }
                case FROZEN -> {
                    if (!now.isBefore(r.statusChangedAt().plus(Duration.ofDays(retentionDays))) && r.pendingOrderNo() == null) {
                        r.release(now);
                        releasers.stream().filter(x -> x.opened(r.extra())).findFirst().ifPresent(x -> x.release(r.id()));
                    }
                }
                default -> {
                }
            }
        }
        return moved(r, before, now, null) ? r.status().name() : null;
    }

    private static io.suanli.core.billing.application.ChargeTags usage(Resource r) {
        return usage(r, null);
    }

    private static io.suanli.core.billing.application.ChargeTags usage(Resource r, Money discount) {
        return new io.suanli.core.billing.application.ChargeTags(r.productCode(), r.specCode(), r.billingMode(), "USAGE",
                discount == null || !discount.isPositive() ? null : discount);
    }

    private List<Long> due(Instant now) {
        return em.createQuery("select r.id from Resource r where (r.status = :active and r.endsAt is not null and r.endsAt <= :now) "
                        + "or r.status in :waiting order by r.id", Long.class)
                .setParameter("active", ResourceStatus.ACTIVE).setParameter("now", now)
                .setParameter("waiting", List.of(ResourceStatus.EXPIRED, ResourceStatus.ARREARS, ResourceStatus.FROZEN))
                .setMaxResults(5000).getResultList();
    }

    private boolean moved(Resource r, ResourceStatus before, Instant now, String note) {
        if (r.status() == before) {
            return false;
        }
        audit.write(new AuditRecord(now, "system", "", "RESOURCE_" + r.status().name(), String.valueOf(r.id()),
                before + " → " + r.status() + (note == null ? "" : " · " + note), "-", "-", "OK"));
        return true;
    }
}

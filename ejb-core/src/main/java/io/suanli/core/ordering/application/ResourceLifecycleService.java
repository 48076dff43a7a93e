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
            "usage_amount", "price_version_id", "charge_ref"};

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
     * idempotent per hour: an hour already rated at the same amount changes nothing; rated higher (a correction, a
     * late record) it is charged the difference; rated lower, the difference first lowers what the hour still owed,
     * then is refunded against the charge that took it. As with {@link #chargeHour}, what the funds do not cover is
     * owed and the resource goes into arrears. Hours outside the resource's life are skipped and counted.
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
        Map<Instant, UsageHour> done = new java.util.HashMap<>();
        em.createQuery("select u from UsageHour u where u.resourceId = :r and u.hourStart >= :a and u.hourStart <= :b", UsageHour.class)
                .setParameter("r", resourceId).setParameter("a", byHour.firstKey()).setParameter("b", byHour.lastKey())
                .getResultList().forEach(u -> done.put(u.hourStart(), u));
        Money increase = Money.ZERO;
        List<RatedHour> fresh = new java.util.ArrayList<>();
        List<Map.Entry<UsageHour, RatedHour>> higher = new java.util.ArrayList<>();
        List<Map.Entry<UsageHour, RatedHour>> lower = new java.util.ArrayList<>();
        for (RatedHour h : byHour.values()) {
            UsageHour u = done.get(h.hour());
            if (u == null) {
                fresh.add(h);
                increase = increase.plus(h.rated());
            } else {
                int c = h.rated().amount().compareTo(u.rated());
                if (c > 0) {
                    higher.add(Map.entry(u, h));
                    increase = increase.plus(h.rated().minus(Money.of(u.rated())));
                } else if (c < 0) {
                    lower.add(Map.entry(u, h));
                }
            }
        }
        Money available = ledger.available(r.customerId());
        Money charge = increase.compareTo(available) <= 0 ? increase : available;
        if (charge.isPositive()) {
            ledger.charge(r.customerId(), charge, "AUTO", reference, "PAYG " + r.specCode() + " ×" + r.nodes() + " "
                    + HOUR.format(byHour.firstKey()) + "–" + HOUR.format(byHour.lastKey()), usage(r));
        }
        // what was charged goes to the hours in time order; the rest of each hour is owed
        Money left = charge;
        Money ratedChange = increase;
        Money refunded = Money.ZERO;
        Money owedDown = Money.ZERO;
        List<Object[]> freshRows = new java.util.ArrayList<>(fresh.size());
        for (RatedHour h : fresh) {
            Money paid = h.rated().compareTo(left) <= 0 ? h.rated() : left;
            left = left.minus(paid);
            freshRows.add(new Object[]{resourceId, h.hour(), h.rated().amount(), paid.amount(), now, h.usage(), h.priceVersionId(),
                    paid.isPositive() ? reference : null});
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
            Money more = e.getValue().rated().minus(Money.of(e.getKey().rated()));
            Money paid = more.compareTo(left) <= 0 ? more : left;
            left = left.minus(paid);
            e.getKey().rerate(e.getValue().usage(), e.getValue().priceVersionId(), e.getValue().rated().amount(), paid.amount(),
                    paid.isPositive() ? reference : null);
        }
        for (Map.Entry<UsageHour, RatedHour> e : lower) {
            UsageHour u = e.getKey();
            Money less = Money.of(u.rated()).minus(e.getValue().rated());
            Money unpaid = Money.of(u.rated()).minus(Money.of(u.charged()));
            Money forgiven = less.compareTo(unpaid) <= 0 ? less : unpaid;
            Money back = less.minus(forgiven);
            if (back.isPositive()) {
                String chargeRef = u.chargeRef() != null ? u.chargeRef() : "USE-" + resourceId + "-" + HOUR.format(u.hourStart());
                ledger.refund(r.customerId(), reference + "-R" + HOUR.format(u.hourStart()), List.of(chargeRef), back,
                        "PAYG correction " + r.specCode() + " " + HOUR.format(u.hourStart()), usage(r));
                refunded = refunded.plus(back);
            }
            owedDown = owedDown.plus(forgiven);
            ratedChange = ratedChange.minus(less);
            u.rerate(e.getValue().usage(), e.getValue().priceVersionId(), e.getValue().rated().amount(),
                    back.amount().negate(), null);
        }
        ResourceStatus before = r.status();
        r.usageBatch(byHour.lastKey(), charge.minus(refunded), increase.minus(charge).minus(owedDown),
                ledger.available(r.customerId()).isPositive(), now);
        moved(r, before, now, "usage " + ratedChange + " charged " + charge);
        return new UsageBatch(resourceId, fresh.size(), higher.size() + lower.size(), outside, ratedChange, charge, refunded,
                r.owed(), r.status().name());
    }

    /**
     * Charges one rated usage hour of a pay-as-you-go resource: all of it when the funds cover it, else what they
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
        Instant now = clock.now();
        Money available = ledger.available(r.customerId());
        Money charge = rated.compareTo(available) <= 0 ? rated : available;
        if (charge.isPositive()) {
            ledger.charge(r.customerId(), charge, "AUTO", "USE-" + resourceId + "-" + HOUR.format(h),
                    "PAYG " + r.specCode() + " ×" + r.nodes() + " " + HOUR.format(h), usage(r));
        }
        ResourceStatus before = r.status();
        r.usage(h, rated, charge, ledger.available(r.customerId()).isPositive(), now);
        em.persist(new UsageHour(resourceId, h, rated.amount(), charge.amount(), now));
        moved(r, before, now, "usage " + rated + " charged " + charge);
        return new UsageCharge(resourceId, h, rated, charge, r.owed(), r.status().name(), false);
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
        return new io.suanli.core.billing.application.ChargeTags(r.productCode(), r.specCode(), r.billingMode(), "USAGE", null);
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

package io.suanli.core.billing.application;

import io.suanli.core.shared.domain.MoneyText;
import io.suanli.core.billing.domain.Channel;
import io.suanli.core.billing.domain.ChannelPayment;
import io.suanli.core.billing.domain.EntryType;
import io.suanli.core.billing.domain.JournalEntry;
import io.suanli.core.billing.domain.Recharge;
import io.suanli.core.billing.infrastructure.PaymentGateways;
import io.suanli.core.identity.application.PermissionGuard;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.integration.payment.PaymentException;
import io.suanli.integration.payment.PaymentGateway;
import io.suanli.integration.payment.PaymentOrder;
import io.suanli.integration.payment.PaymentRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Online recharge (U8): a customer asks to recharge an amount through a channel and gets the channel's QR code (or,
 * with the simulator, a pay page); the recharge is credited when the channel confirms payment — see
 * {@link RechargePayments}. Asking for a pending recharge asks the channel too (query on return), so a lost
 * notification is recovered the moment the payer looks. Finance sees the daily channel reconciliation.
 */
@Stateless
public class RechargeService {

    private static final Logger LOG = Logger.getLogger(RechargeService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter NUMBER_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(PlatformClock.ZONE);

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    PermissionGuard guard;

    @Inject
    PaymentGateways gateways;

    @Inject
    RechargePayments payments;

    @Inject
    PlatformClock clock;

    @Inject
    PlatformConfig config;

    @Inject
    @ConfigProperty(name = "suanli.recharge.expiry-minutes", defaultValue = "30")
    int expiryMinutes;

    @Resource
    SessionContext ctx;

    /** The channels a customer may choose. */
    @RolesAllowed(Roles.CUSTOMER)
    public List<String> channels() {
        return gateways.offered().stream().map(Channel::name).toList();
    }

    /**
     * Creates a recharge and its channel order; nothing is kept when the channel refuses. The amount is CNY with at
     * most 2 decimals, positive and not above the platform maximum.
     */
    @RolesAllowed(Roles.CUSTOMER)
    @Audited("RECHARGE_CREATE")
    public RechargeView create(String amount, String channel) {
        long customerId = guard.customerOf("PAY");
        Money m = AccountService.checkedAmount(amount, config.maxAmount());
        Channel c = Recharge.ONLINE.stream().filter(x -> x.name().equals(channel == null ? "" : channel.trim())).findFirst()
                .orElseThrow(() -> new SuanliException("recharge.channelInvalid", String.valueOf(channel)));
        PaymentGateway gateway = gateways.of(c).orElseThrow(() -> new SuanliException("recharge.channelUnavailable", c.name()));
        Instant now = clock.now();
        Recharge r = new Recharge(Ids.next(), number(now), customerId, m, c, now, now.plus(Duration.ofMinutes(expiryMinutes)),
                ctx.getCallerPrincipal().getName());
        em.persist(r);
        try {
            PaymentOrder order = gateway.create(new PaymentRequest(r.rechargeNo(), m.amount(), subject(m), now, r.expiresAt(),
                    gateways.notifyUrl(c)));
            r.payWith(order.qrCode(), order.payUrl());
        } catch (PaymentException e) {
            LOG.warning("channel " + c + " refused recharge " + r.rechargeNo() + ": " + e.getMessage());
            throw new SuanliException("recharge.channelFailed", c.name());
        }
        return RechargeView.of(r);
    }

    /**
     * One of the caller's recharges. A pending one is first asked of the channel (a lost notification is recovered
     * here) and expired if its time ran out.
     */
    @RolesAllowed(Roles.CUSTOMER)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RechargeView mine(String rechargeNo) {
        long customerId = guard.customerOf("VIEW_BILLING");
        Recharge r = find(rechargeNo, customerId);
        if (r.status() == Recharge.Status.PENDING) {
            if (r.isDue(clock.now())) {
                payments.expireIfDue(r.rechargeNo());
            } else {
                payments.query(r.rechargeNo());
            }
            r = find(rechargeNo, customerId);
        }
        return RechargeView.of(r);
    }

    /** The caller's recharges, newest first. */
    @RolesAllowed(Roles.CUSTOMER)
    public Page<RechargeView> myRecharges(int first, int max) {
        long customerId = guard.customerOf("VIEW_BILLING");
        List<RechargeView> rows = em.createQuery("select r from Recharge r where r.customerId = :c order by r.createdAt desc, r.id desc",
                        Recharge.class).setParameter("c", customerId).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max))
                .getResultList().stream().map(RechargeView::of).toList();
        long total = em.createQuery("select count(r) from Recharge r where r.customerId = :c", Long.class).setParameter("c", customerId)
                .getSingleResult();
        return new Page<>(rows, total);
    }

    /** The daily channel reconciliation (O4): what each channel confirmed that day against the ledger's online recharges. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_FINANCE_VIEW)
    public Reconciliation reconciliation(LocalDate day) {
        Instant from = day.atStartOfDay(PlatformClock.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(PlatformClock.ZONE).toInstant();
        List<ChannelPayment> claims = em.createQuery("select p from ChannelPayment p where p.paidAt >= :f and p.paidAt < :t order by p.paidAt",
                ChannelPayment.class).setParameter("f", from).setParameter("t", to).getResultList();
        List<JournalEntry> credits = em.createQuery("select e from JournalEntry e where e.type = :type and e.channel in :channels "
                        + "and e.createdAt >= :f and e.createdAt < :t order by e.createdAt", JournalEntry.class)
                .setParameter("type", EntryType.RECHARGE).setParameter("channels", Recharge.ONLINE)
                .setParameter("f", from).setParameter("t", to).getResultList();
        Map<String, JournalEntry> ledgerByTx = new HashMap<>();
        credits.forEach(e -> ledgerByTx.put(e.channel() + ":" + e.reference(), e));
        Map<Channel, long[]> counts = new TreeMap<>();
        Map<Channel, Money[]> sums = new TreeMap<>();
        List<Reconciliation.Line> lines = new ArrayList<>();
        for (ChannelPayment p : claims) {
            side(counts, sums, p.channel(), 0, Money.of(p.amount()));
            JournalEntry e = ledgerByTx.remove(p.channel() + ":" + p.transactionId());
            if (p.outcome() != ChannelPayment.Outcome.CREDITED) {
                lines.add(new Reconciliation.Line(p.channel().name(), p.transactionId(), p.rechargeNo(), Money.of(p.amount()), null,
                        p.paidAt(), p.outcome().name(), p.detail()));
            } else if (e == null) {
                lines.add(new Reconciliation.Line(p.channel().name(), p.transactionId(), p.rechargeNo(), Money.of(p.amount()), null,
                        p.paidAt(), "NOT_IN_LEDGER_TODAY", null));
            }
        }
        for (JournalEntry e : credits) {
            side(counts, sums, e.channel(), 1, Money.of(e.amount()));
        }
        ledgerByTx.values().stream().sorted(java.util.Comparator.comparing(JournalEntry::createdAt)).forEach(e -> lines.add(
                new Reconciliation.Line(e.channel().name(), e.reference(), e.memo(), null, Money.of(e.amount()), e.createdAt(),
                        "NOT_FROM_CHANNEL", null)));
        List<Reconciliation.ChannelSide> channels = new ArrayList<>();
        for (Channel c : Recharge.ONLINE) {
            long[] n = counts.getOrDefault(c, new long[2]);
            Money[] s = sums.getOrDefault(c, new Money[]{Money.ZERO, Money.ZERO});
            channels.add(new Reconciliation.ChannelSide(c.name(), n[0], s[0], n[1], s[1]));
        }
        return new Reconciliation(day, channels, lines);
    }

    private static void side(Map<Channel, long[]> counts, Map<Channel, Money[]> sums, Channel c, int side, Money amount) {
        counts.computeIfAbsent(c, k -> new long[2])[side]++;
        Money[] s = sums.computeIfAbsent(c, k -> new Money[]{Money.ZERO, Money.ZERO});
        s[side] = s[side].plus(amount);
    }

    private Recharge find(String rechargeNo, long customerId) {
        return em.createQuery("select r from Recharge r where r.rechargeNo = :n and r.customerId = :c", Recharge.class)
                .setParameter("n", rechargeNo == null ? "" : rechargeNo.trim()).setParameter("c", customerId)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("recharge.notFound", String.valueOf(rechargeNo)));
    }

    /** {@code R} + time to the second + 8 random digits: 23 characters, unguessable, sortable by time. */
    private static String number(Instant now) {
        return "R" + NUMBER_TIME.format(now) + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    private static String subject(Money m) {
        return "算力账户充值 " + MoneyText.display(m);
    }
}

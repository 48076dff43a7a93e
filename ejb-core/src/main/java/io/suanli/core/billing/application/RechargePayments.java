package io.suanli.core.billing.application;

import io.suanli.core.billing.domain.Channel;
import io.suanli.core.billing.domain.ChannelPayment;
import io.suanli.core.billing.domain.ChannelPayment.Outcome;
import io.suanli.core.billing.domain.ChannelPayment.Source;
import io.suanli.core.billing.domain.Recharge;
import io.suanli.core.billing.infrastructure.PaymentGateways;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.AuditRecord;
import io.suanli.core.shared.domain.AuditSink;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Roles;
import io.suanli.integration.payment.NotificationAnswer;
import io.suanli.integration.payment.PaymentAlreadyPaidException;
import io.suanli.integration.payment.PaymentException;
import io.suanli.integration.payment.PaymentGateway;
import io.suanli.integration.payment.PaymentNotification;
import io.suanli.integration.payment.PaymentSignatureException;
import io.suanli.integration.payment.PaymentStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The channel side of recharges: what a channel tells us (a signed notification, or its answer when we ask) becomes
 * at most one ledger entry per channel transaction.
 * <p>
 * Nobody is logged in when a channel calls: the verified signature is the authentication, and this bean runs its
 * ledger calls as the platform ({@link RunAs}). Each payment is recorded under the recharge's row lock and once per
 * channel transaction ({@code channel_payment}, unique by channel and transaction id), and the ledger entry's key
 * ({@code RECHARGE:channel:transaction}) is unique too: a notification replayed any number of times, from any number
 * of threads or nodes, credits once and is answered success each time. A forged or tampered notification changes
 * nothing and goes to the security log; an authentic one that does not match its recharge (amount, unknown number)
 * credits nothing, is kept for the reconciliation and goes to the security log.
 */
@Stateless
@PermitAll
@RunAs(Roles.SYS_ADMIN)
public class RechargePayments {

    private static final Logger LOG = Logger.getLogger(RechargePayments.class.getName());

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    PaymentGateways gateways;

    @Inject
    PlatformClock clock;

    @Inject
    AuditSink audit;

    @Resource
    SessionContext ctx;

    /**
     * A notification exactly as it arrived at {@code /api/v1/payments/notify/{channel}}; answers what to reply to the
     * channel (success also for a replay, failure when the channel should send it again).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChannelReply notified(String channelName, Map<String, String> headers, String body, String ip) {
        NotificationAnswer a = answer(channelName, headers, body, ip);
        return new ChannelReply(a.status(), a.contentType(), a.body());
    }

    private NotificationAnswer answer(String channelName, Map<String, String> headers, String body, String ip) {
        Channel channel = Recharge.ONLINE.stream().filter(c -> c.name().equalsIgnoreCase(channelName)).findFirst().orElse(null);
        PaymentGateway gateway = channel == null ? null : gateways.of(channel).orElse(null);
        if (gateway == null) {
            security("PAYMENT_NOTIFICATION_REFUSED", String.valueOf(channelName), "-", "no such channel", ip);
            return NotificationAnswer.text(404, "unknown channel");
        }
        PaymentNotification n;
        try {
            n = gateway.parseNotification(headers, body == null ? "" : body);
        } catch (PaymentSignatureException e) {
            security("PAYMENT_NOTIFICATION_FORGED", channel.name(), "-", e.getMessage(), ip);
            return gateway.failureAnswer();
        } catch (RuntimeException e) {
            security("PAYMENT_NOTIFICATION_REFUSED", channel.name(), "-", String.valueOf(e.getMessage()), ip);
            return gateway.failureAnswer();
        }
        if (!n.paid()) {
            return gateway.successAnswer();
        }
        try {
            Outcome outcome = self().record(channel, n.orderNumber(), n.transactionId(), n.amount(), n.paidAt(), Source.NOTIFICATION);
            if (outcome == Outcome.AMOUNT_MISMATCH || outcome == Outcome.UNKNOWN_RECHARGE) {
                security("PAYMENT_NOTIFICATION_MISMATCH", channel.name(), n.orderNumber(), outcome + " " + n.amount().toPlainString()
                        + " tx " + n.transactionId(), ip);
                return gateway.failureAnswer();
            }
            return gateway.successAnswer();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "payment notification of " + channel + " for " + n.orderNumber() + " not recorded, the channel will repeat it", e);
            return gateway.failureAnswer();
        }
    }

    /**
     * Asks the channel about a pending recharge (the payer is back, or its time ran out) and records a payment the
     * notification of which was lost. Answers whether the channel says it is paid.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean query(String rechargeNo) {
        Recharge r = em.createQuery("select r from Recharge r where r.rechargeNo = :n", Recharge.class)
                .setParameter("n", rechargeNo).getResultList().stream().findFirst().orElse(null);
        if (r == null || r.status() != Recharge.Status.PENDING) {
            return r != null && r.status() == Recharge.Status.PAID;
        }
        Optional<PaymentGateway> gateway = gateways.of(r.channel());
        if (gateway.isEmpty()) {
            return false;
        }
        try {
            PaymentStatus s = gateway.get().query(r.rechargeNo(), r.createdAt());
            if (s.isPaid()) {
                return self().record(r.channel(), r.rechargeNo(), s.transactionId(), s.amount(), s.paidAt(), Source.QUERY) == Outcome.CREDITED;
            }
        } catch (PaymentException e) {
            LOG.warning("query of recharge " + rechargeNo + " at " + r.channel() + " failed: " + e.getMessage());
        }
        return false;
    }

    /**
     * Expires a pending recharge whose time ran out: closes the channel order (so it can no longer be paid), and if
     * the channel says it was paid in the meantime, records the payment instead.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Recharge.Status expireIfDue(String rechargeNo) {
        if (query(rechargeNo)) {
            return Recharge.Status.PAID;
        }
        Recharge r = em.createQuery("select r from Recharge r where r.rechargeNo = :n", Recharge.class)
                .setParameter("n", rechargeNo).getResultList().stream().findFirst().orElse(null);
        if (r == null || !r.isDue(clock.now())) {
            return r == null ? null : r.status();
        }
        try {
            gateways.of(r.channel()).ifPresent(g -> g.close(rechargeNo));
        } catch (PaymentAlreadyPaidException e) {
            return query(rechargeNo) ? Recharge.Status.PAID : Recharge.Status.PENDING;
        } catch (PaymentException e) {
            // the channel cannot be reached: expire on our side; a payment it confirms later is still credited
            LOG.warning("closing recharge " + rechargeNo + " at " + r.channel() + " failed: " + e.getMessage());
        }
        return self().expire(rechargeNo);
    }

    /** The pending recharges whose time ran out, oldest first (at most {@code max}). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> due(int max) {
        return em.createQuery("select r.rechargeNo from Recharge r where r.status = :s and r.expiresAt <= :now order by r.expiresAt",
                        String.class).setParameter("s", Recharge.Status.PENDING).setParameter("now", clock.now())
                .setMaxResults(max).getResultList();
    }

    /** Marks a due recharge expired, under its row lock. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Recharge.Status expire(String rechargeNo) {
        Recharge r = lock(rechargeNo).orElseThrow();
        Instant now = clock.now();
        if (r.isDue(now)) {
            r.expire(now);
            audit.write(new AuditRecord(now, "system", "", "RECHARGE_EXPIRED", r.rechargeNo(), r.channel() + " " + r.amount(), "-", "-", "OK"));
        }
        return r.status();
    }

    /**
     * Records one verified payment of a channel, once per channel transaction: credits the recharge it is for if the
     * number, channel and exact amount match (also a recharge that expired meanwhile: the payer's money was taken).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome record(Channel channel, String rechargeNo, String transactionId, BigDecimal amount, Instant paidAt, Source source) {
        Optional<ChannelPayment> known = payment(channel, transactionId);
        if (known.isPresent()) {
            return known.get().outcome();
        }
        Optional<Recharge> locked = lock(rechargeNo);
        known = payment(channel, transactionId);
        if (known.isPresent()) {
            return known.get().outcome();
        }
        Outcome outcome;
        String detail = null;
        Recharge r = locked.filter(x -> x.channel() == channel).orElse(null);
        if (r == null) {
            outcome = Outcome.UNKNOWN_RECHARGE;
        } else if (amount.compareTo(r.amount().amount()) != 0) {
            outcome = Outcome.AMOUNT_MISMATCH;
            detail = "recharge amount " + r.amount();
        } else if (r.status() == Recharge.Status.PAID) {
            outcome = Outcome.DUPLICATE_PAYMENT;
            detail = "recharge paid by transaction " + r.transactionId();
        } else {
            ledger.recharge(r.customerId(), r.amount(), channel, transactionId, "recharge " + r.rechargeNo());
            r.paid(transactionId, paidAt);
            outcome = Outcome.CREDITED;
            audit.write(new AuditRecord(clock.now(), "channel:" + channel.name().toLowerCase(Locale.ROOT), "", "RECHARGE_PAID",
                    r.rechargeNo(), r.amount() + " tx " + transactionId + " (" + source + ")", "-", "-", "OK"));
        }
        em.persist(new ChannelPayment(Ids.next(), channel, transactionId, rechargeNo, amount, paidAt, source, outcome, detail, clock.now()));
        return outcome;
    }

    private Optional<Recharge> lock(String rechargeNo) {
        return em.createQuery("select r from Recharge r where r.rechargeNo = :n", Recharge.class).setParameter("n", rechargeNo)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream().findFirst();
    }

    private Optional<ChannelPayment> payment(Channel channel, String transactionId) {
        return em.createQuery("select p from ChannelPayment p where p.channel = :c and p.transactionId = :t", ChannelPayment.class)
                .setParameter("c", channel).setParameter("t", transactionId).getResultList().stream().findFirst();
    }

    private void security(String action, String channel, String target, String summary, String ip) {
        LOG.warning(action + " " + channel + " " + target + ": " + summary);
        audit.writeIndependently(new AuditRecord(clock.now(), "channel:" + channel.toLowerCase(Locale.ROOT), "", action, target,
                summary == null ? "" : summary.length() > 400 ? summary.substring(0, 400) : summary, ip == null ? "-" : ip, "-", "REFUSED"));
    }

    private RechargePayments self() {
        return ctx.getBusinessObject(RechargePayments.class);
    }
}

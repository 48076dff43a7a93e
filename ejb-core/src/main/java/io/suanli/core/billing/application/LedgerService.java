package io.suanli.core.billing.application;

import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.billing.domain.Account;
import io.suanli.core.billing.domain.Channel;
import io.suanli.core.billing.domain.EntryType;
import io.suanli.core.billing.domain.JournalEntry;
import io.suanli.core.billing.domain.Movement;
import io.suanli.core.billing.domain.PayFrom;
import io.suanli.core.billing.domain.Posting;
import io.suanli.core.billing.domain.SubAccount;
import io.suanli.core.billing.domain.Waterfall;
import io.suanli.core.billing.infrastructure.AccountRows;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The money API the other contexts call (ordering, usage, recharge): charge, refund, freeze, unfreeze, recharge,
 * adjust and credit lines. Each call locks the customer's account row, writes one balanced journal entry and
 * updates the cached balances in the same transaction, and is idempotent by its reference: a replay finds the
 * first entry and changes nothing.
 */
@Stateless
@io.suanli.core.shared.domain.InternalApi("the account, order, bill, coupon and payment services, the platform's jobs and DevLedgerService")
@NoFunction("the ledger engine: reached only through the account, order, bill and payment services, which check the caller's function, the platform's own jobs and the dev profile's charge endpoint")
@RolesAllowed({Roles.CUSTOMER, Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
public class LedgerService {

    private static final Map<SubAccount, String> PAID_FROM = Map.of(SubAccount.CASH, "CASH", SubAccount.CREDIT, "CREDIT",
            SubAccount.CASH_COUPON, "CASH_COUPON");

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    AccountRows accounts;

    @Inject
    PlatformClock clock;

    @Resource
    SessionContext ctx;

    @Inject
    jakarta.enterprise.event.Event<RechargeCredited> recharged;

    @Inject
    jakarta.enterprise.event.Event<ConsumptionPosted> consumed;

    /**
     * A consumption charge for another context (orders, usage): {@code payFrom} is {@code AUTO} (the waterfall),
     * {@code CASH}, {@code CREDIT} or {@code CASH_COUPON}.
     */
    public ChargeResult charge(long customerId, Money amount, String payFrom, String reference, String memo) {
        return charge(customerId, amount, payFrom, reference, memo, null);
    }

    /** A consumption charge tagged with what it is for (see {@link ChargeTags}); bills group by the tags. */
    public ChargeResult charge(long customerId, Money amount, String payFrom, String reference, String memo, ChargeTags tags) {
        return charge(customerId, amount, PayFrom.parse(payFrom), EntryType.CONSUMPTION, reference, memo, tags);
    }

    /**
     * Takes {@code amount} from the customer's balances (the waterfall, or one chosen account) as consumption or
     * deduction; refused with nothing written when the balances cannot cover it.
     */
    public ChargeResult charge(long customerId, Money amount, PayFrom from, EntryType type, String reference, String memo) {
        return charge(customerId, amount, from, type, reference, memo, null);
    }

    private ChargeResult charge(long customerId, Money amount, PayFrom from, EntryType type, String reference, String memo, ChargeTags tags) {
        if (type != EntryType.CONSUMPTION && type != EntryType.DEDUCTION) {
            throw new IllegalArgumentException("a charge is consumption or deduction: " + type);
        }
        positive(amount);
        String key = "CHARGE:" + requireReference(reference);
        return once(customerId, key, amount, a -> {
            Map<SubAccount, Money> split = Waterfall.split(amount, from, a.cashCoupon(), a.cash(), a.creditAvailable());
            Movement m = new Movement();
            split.forEach((account, part) -> m.transfer(account, account.channel(), SubAccount.REVENUE, Channel.PLATFORM, part));
            JournalEntry e = write(a, type, split.size() == 1 ? split.keySet().iterator().next().channel() : Channel.CASH_BALANCE,
                    key, reference, null, amount, memo, m, tags);
            a.addConsumed(amount);
            if (type == EntryType.CONSUMPTION) {
                Money cc = cashAndCredit(split);
                consumed.fire(new ConsumptionPosted(customerId, e.id(), false, reference, tags == null ? null : tags.orderType(), amount, cc,
                        List.of(reference), cc, Money.ZERO, e.createdAt()));
            }
            return new ChargeResult(e.id(), reference, amount, named(split), false);
        });
    }

    /**
     * Returns {@code amount} of an earlier charge to the balances that paid it, in proportion to what each paid,
     * the rounding remainder to cash (§8); never more than was charged and not yet refunded.
     */
    public ChargeResult refund(long customerId, String reference, String chargeReference, Money amount, String memo) {
        return refund(customerId, reference, List.of(chargeReference), amount, memo);
    }

    /**
     * Returns {@code amount} of a group of earlier charges (an order and its renewals and changes) to the balances
     * that paid them, in proportion to what each has paid net of earlier refunds of the group, the rounding remainder
     * to cash (§8); never more than the group's charges less its refunds. The refund is related to the group's first
     * charge.
     */
    public ChargeResult refund(long customerId, String reference, List<String> chargeReferences, Money amount, String memo) {
        return refund(customerId, reference, chargeReferences, amount, memo, null);
    }

    /** A group refund tagged with what it is for; without tags it takes those of the group's first charge. */
    public ChargeResult refund(long customerId, String reference, List<String> chargeReferences, Money amount, String memo, ChargeTags tags) {
        positive(amount);
        if (chargeReferences == null || chargeReferences.isEmpty()) {
            throw new SuanliException("validation.required", "account.reference");
        }
        String key = "REFUND:" + requireReference(reference);
        return once(customerId, key, amount, a -> {
            List<String> related = new java.util.ArrayList<>();
            Money[] group = new Money[2];
            Map<SubAccount, Money> split = splitRefund(customerId, chargeReferences, amount, related, group);
            Movement m = new Movement();
            split.forEach((account, part) -> m.transfer(SubAccount.REVENUE, Channel.PLATFORM, account, account.channel(), part));
            ChargeTags t = tags != null ? tags : entry("CHARGE:" + related.get(0)).map(c -> new ChargeTags(c.productCode(), c.specCode(),
                    c.billingMode(), c.orderType(), null)).orElse(null);
            JournalEntry e = write(a, EntryType.REFUND, Channel.CASH_BALANCE, key, reference, related.get(0), amount, memo, m, t);
            a.addConsumed(amount.negate());
            consumed.fire(new ConsumptionPosted(customerId, e.id(), true, reference, t == null ? null : t.orderType(), amount,
                    cashAndCredit(split), related, group[0], group[1], e.createdAt()));
            return new ChargeResult(e.id(), reference, amount, named(split), false);
        });
    }

    /** Moves cash into the frozen balance (e.g. a deposit), refused beyond the cash balance. */
    public ChargeResult freeze(long customerId, Money amount, String reference) {
        return freeze(customerId, amount, reference, null);
    }

    /** Moves cash into the frozen balance with a reason, refused beyond the cash balance. */
    public ChargeResult freeze(long customerId, Money amount, String reference, String memo) {
        positive(amount);
        String key = "FREEZE:" + requireReference(reference);
        return once(customerId, key, amount, a -> {
            if (a.cash().compareTo(amount) < 0) {
                throw new SuanliException("account.insufficientFunds", amount.toString(), amount.minus(a.cash()).toString());
            }
            JournalEntry e = write(a, EntryType.FREEZE, Channel.CASH_BALANCE, key, reference, amount, memo,
                    new Movement().transfer(SubAccount.CASH, Channel.CASH_BALANCE, SubAccount.FROZEN, Channel.CASH_BALANCE, amount));
            return new ChargeResult(e.id(), reference, amount, Map.of("CASH", amount), false);
        });
    }

    /** Returns a frozen amount to cash. */
    public ChargeResult unfreeze(long customerId, String freezeReference) {
        String key = "UNFREEZE:" + requireReference(freezeReference);
        JournalEntry freeze = entry("FREEZE:" + freezeReference).filter(f -> customerId == f.customerId())
                .orElseThrow(() -> new NotFoundException("account.freezeNotFound", freezeReference));
        Money amount = Money.of(freeze.amount());
        return once(customerId, key, amount, a -> {
            JournalEntry e = write(a, EntryType.UNFREEZE, Channel.CASH_BALANCE, key, freezeReference, freeze.reference(), amount, null,
                    new Movement().transfer(SubAccount.FROZEN, Channel.CASH_BALANCE, SubAccount.CASH, Channel.CASH_BALANCE, amount));
            return new ChargeResult(e.id(), freezeReference, amount, Map.of("CASH", amount), false);
        });
    }

    /** Credits cash from an external channel (an online recharge once paid, or an offline one), once per reference. */
    @RolesAllowed({Roles.FINANCE, Roles.SYS_ADMIN})
    public ChargeResult recharge(long customerId, Money amount, Channel channel, String reference, String memo) {
        positive(amount);
        String key = "RECHARGE:" + channel.name() + ":" + requireReference(reference);
        return once(customerId, key, amount, a -> {
            JournalEntry e = write(a, EntryType.RECHARGE, channel, key, reference, amount, memo,
                    new Movement().transfer(SubAccount.CLEARING, channel, SubAccount.CASH, channel, amount));
            return new ChargeResult(e.id(), reference, amount, Map.of("CASH", amount), false);
        });
    }

    /** Credits the cash-coupon balance with a redeemed coupon's value, once per coupon. */
    @RolesAllowed(Roles.CUSTOMER)
    public ChargeResult redeemCoupon(long customerId, Money value, Channel channel, String reference) {
        positive(value);
        String key = "COUPON:" + requireReference(reference);
        return once(customerId, key, value, a -> {
            JournalEntry e = write(a, EntryType.COUPON_REDEEM, channel, key, reference, value, null,
                    new Movement().transfer(SubAccount.COUPON_EXPENSE, Channel.PLATFORM, SubAccount.CASH_COUPON, channel, value));
            return new ChargeResult(e.id(), reference, value, Map.of("CASH_COUPON", value), false);
        });
    }

    /** A finance correction: credit or debit cash with a channel and a reason; a debit never takes cash below zero. */
    @RolesAllowed(Roles.FINANCE)
    public ChargeResult adjust(long customerId, boolean credit, Money amount, Channel channel, String reason, String reference) {
        positive(amount);
        String key = "ADJUST:" + requireReference(reference);
        return once(customerId, key, amount, a -> {
            if (!credit && a.cash().compareTo(amount) < 0) {
                throw new SuanliException("account.insufficientFunds", amount.toString(), amount.minus(a.cash()).toString());
            }
            Movement m = credit ? new Movement().transfer(SubAccount.CLEARING, channel, SubAccount.CASH, channel, amount)
                    : new Movement().transfer(SubAccount.CASH, channel, SubAccount.CLEARING, channel, amount);
            EntryType type = credit && channel == Channel.BANK_TRANSFER ? EntryType.RECHARGE : EntryType.ADJUSTMENT;
            JournalEntry e = write(a, type, channel, key, reference, amount, reason, m);
            return new ChargeResult(e.id(), reference, credit ? amount : amount.negate(), Map.of("CASH", credit ? amount : amount.negate()), false);
        });
    }

    /**
     * Raises or lowers the credit line by {@code delta} (a contract's credit line when it starts or ends, SPEC §11), never
     * below zero; the change is an entry of its own, idempotent by its reference. Credit already used stays owed.
     */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
    public ChargeResult changeCreditLine(long customerId, Money delta, String reference) {
        Account a = lock(customerId);
        Optional<ChargeResult> replay = replay("CREDIT:" + requireReference(reference), customerId, delta.isNegative() ? delta.negate() : delta);
        if (replay.isPresent()) {
            return replay.get();
        }
        Money limit = a.creditLimit().plus(delta);
        return setLine(customerId, limit.isNegative() ? Money.ZERO : limit, Channel.CONTRACT_CREDIT, reference);
    }

    /** Sets the credit line; the change is an entry of its own. Lowering it below what is used leaves no credit available. */
    @RolesAllowed(Roles.FINANCE)
    public ChargeResult setCreditLine(long customerId, Money limit, Channel channel, String reference) {
        return setLine(customerId, limit, channel, reference);
    }

    private ChargeResult setLine(long customerId, Money limit, Channel channel, String reference) {
        if (limit.isNegative()) {
            throw new SuanliException("money.notPositive", limit.toString());
        }
        String key = "CREDIT:" + requireReference(reference);
        Account a = lock(customerId);
        Money change = limit.minus(a.creditLimit());
        Money size = change.isNegative() ? change.negate() : change;
        Optional<ChargeResult> replay = replay(key, customerId, size);
        if (replay.isPresent()) {
            return replay.get();
        }
        Movement m = change.isNegative()
                ? new Movement().transfer(SubAccount.CREDIT_LINE, channel, SubAccount.CREDIT_LINES_GRANTED, Channel.PLATFORM, size)
                : new Movement().transfer(SubAccount.CREDIT_LINES_GRANTED, Channel.PLATFORM, SubAccount.CREDIT_LINE, channel, size);
        JournalEntry e = write(a, EntryType.CREDIT_GRANT, channel, key, reference, size, "limit " + limit, m);
        return new ChargeResult(e.id(), reference, limit, Map.of("CREDIT_LINE", limit), false);
    }

    /**
     * How a refund of {@code amount} would split across the balances that paid the charges (read only): the same
     * computation {@link #refund} posts. Names as in {@link ChargeResult#split()}.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    public Map<String, Money> refundSplit(long customerId, List<String> chargeReferences, Money amount) {
        if (amount == null || !amount.isPositive()) {
            return Map.of();
        }
        return named(splitRefund(customerId, chargeReferences, amount, new java.util.ArrayList<>(), new Money[2]));
    }

    /**
     * Locks the customer's account row until the transaction ends, without moving money: serializes a check of
     * another context with every money movement and every other such check of that customer (ordering uses it so
     * that two orders placed at once cannot both pass the same quota).
     */
    /**
     * What the customer's consumption took from cash and credit, less what its refunds returned there: the base of what
     * it may invoice (SPEC §11; recharges are prepayments and cash coupons were never paid, so neither counts).
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    public Money consumedFromCashAndCredit(long customerId) {
        BigDecimal sum = em.createQuery("select sum(p.amount) from Posting p, JournalEntry e where p.entryId = e.id and e.customerId = :c "
                        + "and p.customerId = :c and e.type in :t and p.subAccount in :a", BigDecimal.class)
                .setParameter("c", customerId).setParameter("t", List.of(EntryType.CONSUMPTION, EntryType.REFUND))
                .setParameter("a", List.of(SubAccount.CASH, SubAccount.CREDIT)).getSingleResult();
        return sum == null ? Money.ZERO : Money.of(sum.negate());
    }

    public void lockAccount(long customerId) {
        lock(customerId);
    }

    /** Cash plus credit available (what a charge from the default waterfall may take beyond the cash-coupon balance). */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    public Money available(long customerId) {
        Account a = em.find(Account.class, customerId);
        return a == null ? Money.ZERO : a.cash().plus(a.creditAvailable()).plus(a.cashCoupon());
    }

    /**
     * The split of a refund over the balances that paid the group; fills {@code related} with the group's references and
     * {@code group} with what its charges took from cash and credit and what its earlier refunds returned there.
     */
    private Map<SubAccount, Money> splitRefund(long customerId, List<String> chargeReferences, Money amount, List<String> related,
                                               Money[] group) {
        List<JournalEntry> charges = new java.util.ArrayList<>();
        for (String ref : chargeReferences) {
            charges.add(entry("CHARGE:" + requireReference(ref)).filter(c -> customerId == c.customerId())
                    .orElseThrow(() -> new NotFoundException("account.chargeNotFound", ref)));
        }
        charges.forEach(c -> related.add(c.reference()));
        Map<SubAccount, Money> left = new java.util.EnumMap<>(SubAccount.class);
        for (JournalEntry c : charges) {
            postings(c.id()).stream().filter(p -> p.customerId() != null)
                    .forEach(p -> left.merge(p.subAccount(), Money.of(p.amount().negate()), Money::plus));
        }
        group[0] = cashAndCredit(left);
        em.createQuery("select p from Posting p, JournalEntry e where p.entryId = e.id and e.type = :t and e.related in :r "
                        + "and e.customerId = :c and p.customerId = :c", Posting.class)
                .setParameter("t", EntryType.REFUND).setParameter("r", related).setParameter("c", customerId).getResultList()
                .forEach(p -> left.merge(p.subAccount(), Money.of(p.amount().negate()), Money::plus));
        group[1] = group[0].minus(cashAndCredit(left));
        left.values().removeIf(m -> !m.isPositive());
        Money refundable = left.values().stream().reduce(Money.ZERO, Money::plus);
        if (amount.compareTo(refundable) > 0) {
            throw new SuanliException("account.refundTooLarge", amount.toString(), refundable.toString());
        }
        List<SubAccount> accounts = List.copyOf(left.keySet());
        BigDecimal[] weights = accounts.stream().map(k -> left.get(k).amount()).toArray(BigDecimal[]::new);
        int cashIndex = Math.max(0, accounts.indexOf(SubAccount.CASH));
        Money[] shares = amount.allocate(weights, cashIndex);
        Map<SubAccount, Money> split = new LinkedHashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            if (!shares[i].isZero()) {
                split.put(accounts.get(i), shares[i]);
            }
        }
        return split;
    }

    // ---- the one way entries are written

    /**
     * Locks the customer's account and runs the movement, unless an entry with this key exists: then it answers
     * that entry (a replay changes nothing).
     */
    private ChargeResult once(long customerId, String key, Money amount, java.util.function.Function<Account, ChargeResult> movement) {
        Account a = lock(customerId);
        return replay(key, customerId, amount).orElseGet(() -> movement.apply(a));
    }

    private Account lock(long customerId) {
        accounts.ensureOpen(customerId, clock.now());
        return accounts.lock(customerId);
    }

    private JournalEntry write(Account a, EntryType type, Channel channel, String key, String reference, Money amount, String memo,
                               Movement m) {
        return write(a, type, channel, key, reference, null, amount, memo, m);
    }

    private JournalEntry write(Account a, EntryType type, Channel channel, String key, String reference, String related, Money amount,
                               String memo, Movement m) {
        return write(a, type, channel, key, reference, related, amount, memo, m, null);
    }

    private JournalEntry write(Account a, EntryType type, Channel channel, String key, String reference, String related, Money amount,
                               String memo, Movement m, ChargeTags tags) {
        if (!m.sum().isZero()) {
            throw new IllegalStateException("unbalanced entry " + key);
        }
        var now = clock.now();
        if (type == EntryType.RECHARGE) { // under the account's lock: the first recharge is counted once
            boolean first = em.createQuery("select count(e) from JournalEntry e where e.customerId = :c and e.type = :t", Long.class)
                    .setParameter("c", a.customerId()).setParameter("t", EntryType.RECHARGE).getSingleResult() == 0;
            recharged.fire(new RechargeCredited(a.customerId(), amount, first));
        }
        JournalEntry e = new JournalEntry(Ids.next(), type, channel, a.customerId(), key, reference, related, amount.amount(),
                memo == null ? null : memo.length() > 500 ? memo.substring(0, 500) : memo, now, caller());
        if (tags != null) {
            e.about(tags.productCode(), tags.specCode(), tags.billingMode(), tags.orderType(),
                    tags.discount() == null ? null : tags.discount().amount());
        }
        em.persist(e);
        for (Movement.Leg leg : m.legs()) {
            Money after = leg.customer() ? a.apply(leg.account(), leg.change(), now) : null;
            em.persist(new Posting(Ids.next(), e.id(), leg.customer() ? a.customerId() : null, leg.account(), leg.channel(),
                    leg.change().amount(), after == null ? null : after.amount(), now));
        }
        return e;
    }

    private Optional<ChargeResult> replay(String key, long customerId, Money amount) {
        return entry(key).map(e -> {
            if (e.customerId() == null || e.customerId() != customerId || Money.of(e.amount()).compareTo(amount) != 0) {
                throw new SuanliException("account.referenceReused", e.reference());
            }
            Map<String, Money> split = new LinkedHashMap<>();
            postings(e.id()).stream().filter(p -> p.customerId() != null && PAID_FROM.containsKey(p.subAccount()))
                    .forEach(p -> split.merge(PAID_FROM.get(p.subAccount()), Money.of(p.amount().abs()), Money::plus));
            return new ChargeResult(e.id(), e.reference(), Money.of(e.amount()), split, true);
        });
    }

    private Optional<JournalEntry> entry(String key) {
        return em.createQuery("select e from JournalEntry e where e.idempotencyKey = :k", JournalEntry.class)
                .setParameter("k", key).getResultList().stream().findFirst();
    }

    private List<Posting> postings(long entryId) {
        return em.createQuery("select p from Posting p where p.entryId = :e order by p.id", Posting.class)
                .setParameter("e", entryId).getResultList();
    }

    /** What of a split is cash and credit (the cash-coupon balance left out). */
    private static Money cashAndCredit(Map<SubAccount, Money> split) {
        return split.getOrDefault(SubAccount.CASH, Money.ZERO).plus(split.getOrDefault(SubAccount.CREDIT, Money.ZERO));
    }

    private static Map<String, Money> named(Map<SubAccount, Money> split) {
        Map<String, Money> out = new LinkedHashMap<>();
        split.forEach((k, v) -> out.put(PAID_FROM.getOrDefault(k, k.name()), v));
        return out;
    }

    private static void positive(Money amount) {
        if (amount == null || !amount.isPositive()) {
            throw new SuanliException("money.notPositive", String.valueOf(amount));
        }
    }

    private static String requireReference(String reference) {
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw new SuanliException("validation.required", "account.reference");
        }
        return reference.trim();
    }

    private String caller() {
        return ctx.getCallerPrincipal() == null ? "system" : ctx.getCallerPrincipal().getName();
    }
}

package io.suanli.core.billing.application;

import io.suanli.core.billing.domain.Account;
import io.suanli.core.billing.domain.Channel;
import io.suanli.core.billing.domain.EntryType;
import io.suanli.core.billing.domain.SubAccount;
import io.suanli.core.identity.application.PermissionGuard;
import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.application.PlatformConfig;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.shared.domain.Validation;
import io.suanli.core.shared.infrastructure.ExcelWriter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The account center (U8) for customers and the finance work on accounts (O4): balances, transaction details,
 * offline recharges and corrections, credit lines, the platform ledger and the reconciliation of cached balances.
 */
@Stateless
public class AccountService {

    static final Set<Channel> ADJUSTMENT_CHANNELS = EnumSet.of(Channel.BANK_TRANSFER, Channel.PLATFORM);
    static final Set<SubAccount> SHOWN = EnumSet.of(SubAccount.CASH, SubAccount.CREDIT, SubAccount.FROZEN, SubAccount.CASH_COUPON,
            SubAccount.CREDIT_LINE);

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    PermissionGuard guard;

    @Inject
    PlatformConfig config;

    @RolesAllowed(Roles.CUSTOMER)
    public AccountView mine() {
        return view(guard.customerOf("VIEW_BILLING"));
    }

    @RolesAllowed(Roles.CUSTOMER)
    public Page<TransactionView> myTransactions(TransactionQuery q, int first, int max) {
        long customerId = guard.customerOf("VIEW_BILLING");
        return lines(new TransactionQuery(customerId, q.type(), q.channel(), q.from(), q.to()), first, max);
    }

    /** The caller's transaction details as an Excel workbook (at most 100,000 lines). */
    @RolesAllowed(Roles.CUSTOMER)
    public byte[] exportMine(TransactionQuery q, Locale locale) {
        long customerId = guard.customerOf("VIEW_BILLING");
        return excel(lines(new TransactionQuery(customerId, q.type(), q.channel(), q.from(), q.to()), 0, 100_000).rows(), locale);
    }

    /** The platform ledger, filtered, as an Excel workbook (at most 100,000 lines). */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_FINANCE_VIEW)
    public byte[] exportLedger(TransactionQuery q, Locale locale) {
        return excel(lines(q, 0, 100_000).rows(), locale);
    }

    private static byte[] excel(List<TransactionView> rows, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        List<String> headers = Stream.of("at", "customer", "type", "channel", "account", "amount", "balanceAfter", "reference", "memo")
                .map(c -> Messages.get(locale, "tx.col." + c)).toList();
        return ExcelWriter.write(Messages.get(locale, "tx.sheet"), headers, rows.stream().map(t -> Arrays.<Object>asList(
                time.format(t.at().atZone(PlatformClock.ZONE)), t.customerId(), Messages.get(locale, "tx.type." + t.type()),
                Messages.get(locale, "tx.channel." + t.channel()), t.account(), t.amount(), t.balanceAfter(), t.reference(), t.memo())));
    }

    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_FINANCE_VIEW)
    public AccountView of(long customerId) {
        return view(customerId);
    }

    /** The platform ledger (O4): every customer's lines, filtered; a customer id narrows it to one. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_FINANCE_VIEW)
    public Page<TransactionView> ledger(TransactionQuery q, int first, int max) {
        return lines(q, first, max);
    }

    /** An offline recharge (bank transfer) or a correction: credit or debit cash with a channel and a mandatory reason. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_FINANCE_ADJUST)
    @Audited("ACCOUNT_ADJUST")
    public TransactionView adjust(long customerId, String direction, String amount, String channel, String reason) {
        boolean credit = switch (direction == null ? "" : direction) {
            case "CREDIT" -> true;
            case "DEBIT" -> false;
            default -> throw new SuanliException("account.directionInvalid", String.valueOf(direction));
        };
        Money m = checkedAmount(amount, config.maxAmount());
        Channel c = Channel.parse(channel);
        if (!ADJUSTMENT_CHANNELS.contains(c)) {
            throw new SuanliException("account.channelNotForAdjustment", c.name());
        }
        String why = Validation.requiredText(reason, 500, "account.reason");
        ChargeResult r = ledger.adjust(customerId, credit, m, c, why, "ADJ-" + Ids.next());
        return lines(new TransactionQuery(customerId, null, null, null, null), 0, 10).rows().stream()
                .filter(t -> t.entryId() == r.entryId()).findFirst().orElseThrow();
    }

    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_FINANCE_CREDIT)
    @Audited("ACCOUNT_CREDIT_LINE")
    public AccountView setCreditLine(long customerId, String limit) {
        Money m = Money.parseExact(limit);
        if (m.isNegative() || m.compareTo(config.maxAmount()) > 0) {
            throw new SuanliException("account.amountRange", m.toString(), config.maxAmount().toString());
        }
        ledger.setCreditLine(customerId, m, Channel.CONTRACT_CREDIT, "CREDIT-" + Ids.next());
        return view(customerId);
    }

    /** Freezes part of a customer's cash (a deposit, a dispute) with a mandatory reason; refused beyond the cash balance. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_FINANCE_ADJUST)
    @Audited("ACCOUNT_FREEZE")
    public FreezeView freeze(long customerId, String amount, String reason) {
        Money m = checkedAmount(amount, config.maxAmount());
        String why = Validation.requiredText(reason, 500, "account.reason");
        ChargeResult r = ledger.freeze(customerId, m, "FRZ-" + Ids.next(), why);
        return openFreezes(customerId).stream().filter(f -> f.reference().equals(r.reference())).findFirst().orElseThrow();
    }

    /** Returns a frozen amount to the customer's cash. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_FINANCE_ADJUST)
    @Audited("ACCOUNT_UNFREEZE")
    public AccountView unfreeze(long customerId, String freezeReference) {
        if (openFreezes(customerId).stream().noneMatch(f -> f.reference().equals(freezeReference))) {
            throw new io.suanli.core.shared.domain.NotFoundException("account.freezeNotFound", String.valueOf(freezeReference));
        }
        ledger.unfreeze(customerId, freezeReference);
        return view(customerId);
    }

    /** The customer's freezes not yet released, oldest first. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_FINANCE_VIEW)
    public List<FreezeView> openFreezes(long customerId) {
        return em.createQuery("select e from JournalEntry e where e.customerId = :c and e.type = :f and not exists (select u from "
                        + "JournalEntry u where u.customerId = :c and u.type = :u and u.related = e.reference) order by e.createdAt, e.id",
                        io.suanli.core.billing.domain.JournalEntry.class)
                .setParameter("c", customerId).setParameter("f", EntryType.FREEZE).setParameter("u", EntryType.UNFREEZE)
                .getResultList().stream()
                .map(e -> new FreezeView(e.reference(), Money.of(e.amount()), e.createdAt(), e.createdBy(), e.memo())).toList();
    }

    /**
     * Proves the cached balances equal the ledger: for each of the customer's accounts, the sum of its postings.
     * Answers the differences (empty when all agree).
     */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_FINANCE_VIEW)
    public Map<String, String> reconcile(long customerId) {
        Account a = em.find(Account.class, customerId);
        Map<String, String> diff = new HashMap<>();
        if (a == null) {
            return diff;
        }
        Map<SubAccount, BigDecimal> sums = new HashMap<>();
        em.createQuery("select p.subAccount, sum(p.amount) from Posting p where p.customerId = :c group by p.subAccount", Object[].class)
                .setParameter("c", customerId).getResultList()
                .forEach(r -> sums.put((SubAccount) r[0], (BigDecimal) r[1]));
        check(diff, "cash", a.cash(), sums.get(SubAccount.CASH));
        check(diff, "creditUsed", a.creditUsed(), negate(sums.get(SubAccount.CREDIT)));
        check(diff, "creditLimit", a.creditLimit(), sums.get(SubAccount.CREDIT_LINE));
        check(diff, "frozen", a.frozen(), sums.get(SubAccount.FROZEN));
        check(diff, "cashCoupon", a.cashCoupon(), sums.get(SubAccount.CASH_COUPON));
        BigDecimal all = em.createQuery("select coalesce(sum(p.amount), 0) from Posting p", BigDecimal.class).getSingleResult();
        if (all.signum() != 0) {
            diff.put("ledger", "postings sum to " + all.toPlainString());
        }
        return diff;
    }

    private static void check(Map<String, String> diff, String name, Money cached, BigDecimal ledger) {
        Money l = ledger == null ? Money.ZERO : Money.of(ledger);
        if (cached.compareTo(l) != 0) {
            diff.put(name, "cached " + cached + " ledger " + l);
        }
    }

    private static BigDecimal negate(BigDecimal b) {
        return b == null ? null : b.negate();
    }

    /** An amount a person entered: exactly two decimals at most, above zero, at most the configured maximum. */
    static Money checkedAmount(String amount, Money max) {
        Money m = Money.parseExact(amount);
        if (!m.isPositive() || m.compareTo(max) > 0) {
            throw new SuanliException("account.amountRange", m.toString(), max.toString());
        }
        return m;
    }

    private AccountView view(long customerId) {
        Account a = em.find(Account.class, customerId);
        if (a == null) {
            return new AccountView(customerId, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        }
        return new AccountView(customerId, a.cash(), a.creditLimit(), a.creditUsed(), a.creditAvailable(), a.frozen(), a.cashCoupon(),
                a.consumed());
    }

    /** The where clause and parameters of a transaction query, shared by the lines and their totals. */
    private record Filter(String where, Map<String, Object> params) {

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }

    private Filter filter(TransactionQuery q) {
        StringBuilder where = new StringBuilder(" from Posting p, JournalEntry e where p.entryId = e.id and p.customerId is not null"
                + " and p.subAccount in :shown");
        Map<String, Object> params = new HashMap<>();
        params.put("shown", SHOWN);
        if (q.customerId() != null) {
            where.append(" and p.customerId = :c");
            params.put("c", q.customerId());
        }
        if (q.type() != null && !q.type().isBlank()) {
            where.append(" and e.type = :t");
            params.put("t", parseType(q.type()));
        }
        if (q.channel() != null && !q.channel().isBlank()) {
            where.append(" and p.channel = :ch");
            params.put("ch", Channel.parse(q.channel()));
        }
        if (q.from() != null) {
            where.append(" and p.createdAt >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            where.append(" and p.createdAt < :to");
            params.put("to", q.to());
        }
        return new Filter(where.toString(), params);
    }

    /** Per channel (O4): what customers' balances received and gave in the filtered lines, and how many lines. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_FINANCE_VIEW)
    public List<ChannelTotal> channelTotals(TransactionQuery q) {
        Filter f = filter(q);
        return f.bind(em.createQuery("select p.channel, sum(case when p.amount > 0 then p.amount else 0 end), "
                        + "sum(case when p.amount < 0 then 0 - p.amount else 0 end), count(p)" + f.where() + " group by p.channel order by p.channel",
                Object[].class)).getResultList().stream()
                .map(r -> new ChannelTotal(((Channel) r[0]).name(), Money.of((BigDecimal) r[1]), Money.of((BigDecimal) r[2]), ((Number) r[3]).longValue()))
                .toList();
    }

    private Page<TransactionView> lines(TransactionQuery q, int first, int max) {
        Filter f = filter(q);
        TypedQuery<Object[]> rows = f.bind(em.createQuery("select p, e" + f.where() + " order by p.id desc", Object[].class));
        TypedQuery<Long> count = f.bind(em.createQuery("select count(p)" + f.where(), Long.class));
        List<TransactionView> list = rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList().stream()
                .map(r -> {
                    var p = (io.suanli.core.billing.domain.Posting) r[0];
                    var e = (io.suanli.core.billing.domain.JournalEntry) r[1];
                    return new TransactionView(p.id(), e.id(), p.customerId(), p.createdAt(), e.type().name(), p.channel().name(),
                            p.subAccount().name(), p.amount(), p.balanceAfter(), e.reference(), e.memo());
                }).toList();
        return new Page<>(list, count.getSingleResult());
    }

    private static EntryType parseType(String t) {
        try {
            return EntryType.valueOf(t.trim());
        } catch (IllegalArgumentException e) {
            throw new SuanliException("account.typeInvalid", t);
        }
    }
}

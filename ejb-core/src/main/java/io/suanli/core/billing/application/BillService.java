package io.suanli.core.billing.application;

import io.suanli.core.billing.domain.Bill;
import io.suanli.core.billing.domain.BillLine;
import io.suanli.core.billing.domain.EntryType;
import io.suanli.core.billing.domain.JournalEntry;
import io.suanli.core.identity.application.CustomerDirectory;
import io.suanli.core.identity.application.PermissionGuard;
import io.suanli.core.shared.application.RequestContext;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.system.application.SettingsService;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bills (U8, O4): one customer's month, built from the ledger alone — its consumption and refund entries grouped by
 * what they were for (product, spec, billing mode, order type), never from separate arithmetic. A running month is
 * computed on the fly; {@link #build} keeps a month as a bill, idempotently (building again yields the same lines;
 * a month whose ledger changed gets a new revision of lines, the old ones are never deleted).
 * The scheduled monthly bill run (the batch work) calls {@link #build} for every customer with entries that month.
 */
@Stateless
public class BillService {

    static final Set<EntryType> BILLED = Bills.BILLED;

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    PermissionGuard guard;

    @Inject
    PlatformClock clock;

    @Resource
    SessionContext ctx;

    @Inject
    CustomerDirectory directory;

    @Inject
    SettingsService settings;

    @Inject
    RequestContext request;

    @Inject
    jakarta.enterprise.inject.Instance<io.suanli.core.shared.domain.InvoicedSource> invoiced;

    /** A bill as a PDF document: its file name and bytes. */
    public record Pdf(String fileName, byte[] content) implements java.io.Serializable {
    }

    /** The caller's bill of a month ({@code yyyy-MM}): the kept bill, or the month computed from the ledger. */
    @RolesAllowed(Roles.CUSTOMER)
    public BillView mine(String period) {
        long customerId = guard.customerOf("VIEW_BILLING");
        return kept(customerId, month(period)).orElseGet(() -> compute(customerId, month(period)));
    }

    /**
     * The caller's kept bill of a month as a PDF, in the language of the request; a month not kept as a bill (the
     * month running, or nothing billed) has no PDF.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public Pdf myPdf(String period) {
        long customerId = guard.customerOf("VIEW_BILLING");
        return pdf(customerId, month(period));
    }

    /** Any customer's kept bill of a month as a PDF, for finance. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_FINANCE_VIEW)
    public Pdf pdfOf(long customerId, String period) {
        return pdf(customerId, month(period));
    }

    private Pdf pdf(long customerId, YearMonth m) {
        BillView b = kept(customerId, m).orElseThrow(() -> new NotFoundException("bill.notKept", m.toString()));
        Locale locale = request.locale();
        return new Pdf(BillPdf.fileName(b), BillPdf.render(b, directory.name(customerId), settings.oem().systemName(locale), locale));
    }

    /** The months in which the caller has bills or ledger entries that count, newest first (at most 36). */
    @RolesAllowed(Roles.CUSTOMER)
    public List<String> myPeriods() {
        long customerId = guard.customerOf("VIEW_BILLING");
        // the first entry by time, not min(): an aggregate of a converted column comes back unconverted from some drivers
        List<Instant> times = em.createQuery("select e.createdAt from JournalEntry e where e.customerId = :c and e.type in :t "
                        + "order by e.createdAt", Instant.class)
                .setParameter("c", customerId).setParameter("t", BILLED).setMaxResults(1).getResultList();
        YearMonth first = times.isEmpty() || times.get(0) == null ? YearMonth.from(clock.now().atZone(PlatformClock.ZONE))
                : YearMonth.from(times.get(0).atZone(PlatformClock.ZONE));
        List<String> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(clock.now().atZone(PlatformClock.ZONE)); !m.isBefore(first) && out.size() < 36; m = m.minusMonths(1)) {
            out.add(m.toString());
        }
        return out;
    }

    /**
     * What the caller was charged and refunded per product between {@code from} (inclusive) and {@code to} (exclusive),
     * either open: the ledger's tagged consumption, deduction and refund entries, as the bills count them (U9).
     */
    @RolesAllowed(Roles.CUSTOMER)
    public List<SpendLine> mySpend(Instant from, Instant to) {
        return spend(guard.customerOf("VIEW_BILLING"), from, to);
    }

    List<SpendLine> spend(long customerId, Instant from, Instant to) {
        String where = "from JournalEntry e where e.customerId = :c and e.type in :t" + (from == null ? "" : " and e.createdAt >= :f")
                + (to == null ? "" : " and e.createdAt < :to");
        var q = em.createQuery("select e.productCode, e.type, sum(e.amount), count(e) " + where + " group by e.productCode, e.type",
                Object[].class).setParameter("c", customerId).setParameter("t", BILLED);
        if (from != null) {
            q.setParameter("f", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
        Map<String, Money[]> sums = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Object[] row : q.getResultList()) {
            String product = Bills.or((String) row[0]);
            Money amount = Money.of(row[2] instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(row[2])));
            Money[] s = sums.computeIfAbsent(product, k -> new Money[]{Money.ZERO, Money.ZERO});
            s[row[1] == EntryType.REFUND ? 1 : 0] = s[row[1] == EntryType.REFUND ? 1 : 0].plus(amount);
            counts.merge(product, ((Number) row[3]).intValue(), Integer::sum);
        }
        List<SpendLine> out = new ArrayList<>();
        sums.forEach((k, s) -> out.add(new SpendLine(k, s[0], s[1], counts.get(k))));
        return out;
    }

    /** Keeps one customer's month as a bill; building it again keeps the same lines, or a new revision if the month changed. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
    @RequiresFunction(StaffFunction.OPS_FINANCE_BILL)
    public BillView build(long customerId, String period) {
        YearMonth m = month(period);
        if (directory.name(customerId) == null) {
            throw new NotFoundException("customer.notFound", String.valueOf(customerId));
        }
        return view(Bills.keep(em, List.of(customerId), m, clock.now(), ctx.getCallerPrincipal().getName()).get(customerId));
    }

    /**
     * Keeps the month as a bill for every customer with billed entries in it, in this transaction; answers how many
     * bills. The monthly bill run (a batch job, {@link BillRunService}) does the same in partitions and chunks.
     */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
    @RequiresFunction(StaffFunction.OPS_FINANCE_BILL)
    public int buildAll(String period) {
        YearMonth m = month(period);
        List<Long> customers = customers(em, m);
        for (int i = 0; i < customers.size(); i += 500) {
            Bills.keep(em, customers.subList(i, Math.min(customers.size(), i + 500)), m, clock.now(), ctx.getCallerPrincipal().getName());
        }
        return customers.size();
    }

    /** The customers with billed entries in the month, in id order. */
    static List<Long> customers(EntityManager em, YearMonth m) {
        return em.createQuery("select distinct e.customerId from JournalEntry e where e.type in :t and e.createdAt >= :f "
                        + "and e.createdAt < :to and e.customerId is not null order by e.customerId", Long.class)
                .setParameter("t", BILLED).setParameter("f", start(m)).setParameter("to", start(m.plusMonths(1))).getResultList();
    }

    /** Bill lines across customers (O4), filtered by period, customer, order type and billing mode. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_FINANCE_VIEW)
    public Page<BillView.Line> lines(String period, Long customerId, String orderType, String billingMode, int first, int max) {
        StringBuilder where = new StringBuilder(" from BillLine l, Bill b where l.billId = b.id and l.revision = b.revision");
        Map<String, Object> p = new LinkedHashMap<>();
        if (period != null && !period.isBlank()) {
            where.append(" and b.period = :p");
            p.put("p", month(period).toString());
        }
        if (customerId != null) {
            where.append(" and b.customerId = :c");
            p.put("c", customerId);
        }
        if (orderType != null && !orderType.isBlank()) {
            where.append(" and l.orderType = :t");
            p.put("t", orderType.trim());
        }
        if (billingMode != null && !billingMode.isBlank()) {
            where.append(" and l.billingMode = :m");
            p.put("m", billingMode.trim());
        }
        var select = em.createQuery("select l, b" + where + " order by b.period desc, b.customerId, l.productCode, l.specCode, l.id", Object[].class);
        var count = em.createQuery("select count(l)" + where, Long.class);
        p.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<BillView.Line> rows = select.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultList().stream()
                .map(r -> line((BillLine) r[0], (Bill) r[1])).toList();
        return new Page<>(rows, count.getSingleResult());
    }

    /** One customer's bill of a month for finance: the kept bill, else computed from the ledger. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_FINANCE_VIEW)
    public BillView of(long customerId, String period) {
        return kept(customerId, month(period)).orElseGet(() -> compute(customerId, month(period)));
    }

    // ---- from the ledger

    BillView compute(long customerId, YearMonth m) {
        BillView v = Bills.compute(customerId, m, Bills.sums(em, List.of(customerId), m).getOrDefault(customerId, List.of()));
        return new BillView(v.customerId(), v.period(), v.charged(), v.refunded(), v.total(), v.discount(), invoicedIn(customerId, m), v.builtAt(),
                v.lines());
    }

    /** What was invoiced in the month (issued less red letters), from the business services context; zero without it. */
    private Money invoicedIn(long customerId, YearMonth m) {
        return invoiced.stream().map(s -> s.invoicedIn(customerId, m)).reduce(Money.ZERO, Money::plus);
    }

    private java.util.Optional<BillView> kept(long customerId, YearMonth m) {
        return em.createQuery("select b from Bill b where b.customerId = :c and b.period = :p", Bill.class)
                .setParameter("c", customerId).setParameter("p", m.toString()).getResultList().stream().findFirst().map(this::view);
    }

    private BillView view(Bill b) {
        List<BillView.Line> lines = em.createQuery("select l from BillLine l where l.billId = :b and l.revision = :r "
                        + "order by l.productCode, l.specCode, l.id", BillLine.class)
                .setParameter("b", b.id()).setParameter("r", b.revision()).getResultList().stream().map(l -> line(l, b)).toList();
        return new BillView(b.customerId(), b.period(), b.charged(), b.refunded(), b.total(), b.discount(),
                invoicedIn(b.customerId(), YearMonth.parse(b.period())), b.builtAt(), lines);
    }

    private static BillView.Line line(BillLine l, Bill b) {
        return new BillView.Line(b.customerId(), b.period(), l.productCode(), l.specCode(), l.billingMode(), l.orderType(), l.kind(),
                Money.of(l.amount()), Money.of(l.discount()), l.entries());
    }

    private static Instant start(YearMonth m) {
        return Bills.start(m);
    }

    static YearMonth month(String period) {
        try {
            return YearMonth.parse(period == null ? "" : period.trim());
        } catch (DateTimeParseException e) {
            throw new SuanliException("bill.periodInvalid", String.valueOf(period));
        }
    }

}

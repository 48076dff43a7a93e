package io.suanli.core.distribution.application;

import io.suanli.core.distribution.domain.CommissionLine;
import io.suanli.core.distribution.infrastructure.BindingRow;
import io.suanli.core.distribution.infrastructure.CommissionLineRow;
import io.suanli.core.distribution.infrastructure.DistributionRepository;
import io.suanli.core.distribution.infrastructure.DistributorRow;
import io.suanli.core.identity.application.CustomerDirectory;
import io.suanli.core.identity.application.MeService;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.ConflictException;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.shared.domain.Validation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A distributor's customers and commission (U11, O7, SPEC §10): the distributor sees its bound customers (masked) and
 * its commission lines; distribution operations see any distributor's lines and a customer's binding history, and
 * reassign a customer to another distributor with a reason — at most once per 90 days, never to the customer itself
 * or to a tier-2 of its own.
 */
@Stateless
@RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
public class CommissionService {

    /** How long after an assignment the customer may be reassigned again. */
    static final Duration REASSIGN_AFTER = Duration.ofDays(90);

    @Inject
    DistributionRepository repository;

    @Inject
    CustomerDirectory customers;

    @Inject
    MeService me;

    @Inject
    PlatformClock clock;

    @Resource
    SessionContext ctx;

    /** The caller's commission lines, newest first: months {@code from}..{@code to} (yyyy-MM, either open), kind or all. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a distributor's own lines")
    public List<CommissionView> myLines(String from, String to, String kind, int first, int max) {
        return lines(myDistributor().customerId(), from, to, kind, null, first, Math.min(max, PAGE_MAX));
    }

    /** The caller's commission of this month so far: accruals and clawbacks (payouts left out). */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a distributor's own figures")
    public Money myThisMonth() {
        Map<String, BigDecimal> sums = repository.sums(myDistributor().customerId(), CommissionPosting.period(clock.now()));
        return Money.of(sums.getOrDefault("ACCRUAL", BigDecimal.ZERO).add(sums.getOrDefault("CLAWBACK", BigDecimal.ZERO)));
    }

    /** One page of the caller's commission lines (the console's lazy table), with how many match. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a distributor's own lines")
    public io.suanli.core.shared.domain.Page<CommissionView> myLinePage(String from, String to, String kind, int first, int max) {
        long d = myDistributor().customerId();
        return new io.suanli.core.shared.domain.Page<>(lines(d, from, to, kind, null, first, Math.min(max, PAGE_MAX)),
                repository.countLines(d, month(from, "from"), month(to, "to"), kind(kind)));
    }

    /** One page of a distributor's commission lines (distribution operations, finance). */
    @RequiresFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public io.suanli.core.shared.domain.Page<CommissionView> linePage(long distributorId, String from, String to, String kind, int first, int max) {
        distributor(distributorId);
        return new io.suanli.core.shared.domain.Page<>(lines(distributorId, from, to, kind, null, first, Math.min(max, PAGE_MAX)),
                repository.countLines(distributorId, month(from, "from"), month(to, "to"), kind(kind)));
    }

    /** The caller's filtered commission lines as an Excel workbook (at most 100,000 rows). */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a distributor's own lines")
    public byte[] myExport(String from, String to, String kind, Locale locale) {
        return export(lines(myDistributor().customerId(), from, to, kind, null, 0, 100_000), locale);
    }

    /** A distributor's filtered commission lines as an Excel workbook (distribution operations, finance). */
    @RequiresFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public byte[] export(long distributorId, String from, String to, String kind, Locale locale) {
        distributor(distributorId);
        return export(lines(distributorId, from, to, kind, null, 0, 100_000), locale);
    }

    private static byte[] export(List<CommissionView> lines, Locale locale) {
        return io.suanli.core.shared.infrastructure.ExcelWriter.write(List.of(sheet(lines, locale)));
    }

    /** Commission lines as a sheet of a workbook (the lines export, a statement's workbook). */
    static io.suanli.core.shared.infrastructure.ExcelWriter.Tab sheet(List<CommissionView> lines, Locale locale) {
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(PlatformClock.ZONE);
        List<String> headers = java.util.stream.Stream.of("at", "period", "kind", "role", "customerId", "customer", "base", "rate", "amount", "source")
                .map(c -> io.suanli.core.shared.application.Messages.get(locale, "commission.col." + c)).toList();
        return new io.suanli.core.shared.infrastructure.ExcelWriter.Tab(io.suanli.core.shared.application.Messages.get(locale, "commission.sheet"),
                headers, lines.stream().map(l -> java.util.Arrays.<Object>asList(time.format(l.at()), l.period(),
                        io.suanli.core.shared.application.Messages.get(locale, "commission.kind." + l.kind()),
                        io.suanli.core.shared.application.Messages.get(locale, "commission.role." + l.role()), l.customerId(), l.customerName(),
                        l.base().amount(), l.rate(), l.amount().amount(), l.sourceRef())));
    }

    /** The caller's bound customers, the most recently bound first, with this month's figures. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a distributor's own customers")
    public List<BoundCustomerView> myCustomers(int first, int max) {
        return boundCustomers(myDistributor().customerId(), first, max);
    }

    /** A distributor's commission lines (distribution operations, finance). */
    @RequiresFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public List<CommissionView> lines(long distributorId, String from, String to, String kind, int first, int max) {
        distributor(distributorId);
        return lines(distributorId, from, to, kind, null, first, Math.min(max, PAGE_MAX));
    }

    /** The last twelve months of the distribution business, oldest first (months without lines are zero). */
    @RequiresFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public List<MonthFigures> months() {
        YearMonth now = YearMonth.from(clock.now().atZone(PlatformClock.ZONE));
        Map<String, BigDecimal[]> totals = repository.monthlyTotals(now.minusMonths(11).toString());
        List<MonthFigures> out = new java.util.ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            String p = now.minusMonths(i).toString();
            BigDecimal[] t = totals.getOrDefault(p, new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            out.add(new MonthFigures(p, Money.of(t[0]), Money.of(t[1]), Money.of(t[2]), Money.of(t[3].negate())));
        }
        return out;
    }

    /** A distributor's bound customers (distribution operations, finance). */
    @RequiresFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public List<BoundCustomerView> customersOf(long distributorId, int first, int max) {
        distributor(distributorId);
        return boundCustomers(distributorId, first, max);
    }

    /** A customer's bindings, newest first. */
    @RequiresFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public List<BindingView> bindings(long customerId) {
        List<BindingRow> rows = repository.bindings(customerId);
        Map<Long, String> names = customers.names(rows.stream().map(BindingRow::distributorId).distinct().toList());
        return rows.stream().map(b -> view(b, names.get(b.distributorId()))).toList();
    }

    /**
     * Binds the customer to the distributor from now on (its current binding, if any, ends): with a reason, at most once
     * per 90 days, never to itself or to one of its own tier-2s, and never to the distributor it is bound to already.
     */
    @RequiresFunction(StaffFunction.OPS_DISTRIBUTION_EDIT)
    @Audited("DISTRIBUTION_BINDING_ASSIGN")
    public BindingView assign(long customerId, long distributorId, String reason) {
        String why = Validation.requiredText(reason, 500, "distribution.assignReason");
        if (customers.standing(customerId) == null) {
            throw new NotFoundException("customer.notFound", String.valueOf(customerId));
        }
        DistributorRow d = distributor(distributorId);
        if (customerId == distributorId || (d.parentCustomerId() != null && d.parentCustomerId() == customerId)) {
            throw new SuanliException("distribution.selfReferral", String.valueOf(customerId));
        }
        Instant now = clock.now();
        BindingRow current = repository.currentBindingLocked(customerId);
        if (current != null && current.distributorId() == distributorId) {
            throw new ConflictException("distribution.alreadyBound", String.valueOf(customerId), String.valueOf(distributorId));
        }
        BindingRow last = repository.lastAssignment(customerId);
        if (last != null && last.boundAt().plus(REASSIGN_AFTER).isAfter(now)) {
            throw new ConflictException("distribution.reassignTooSoon", String.valueOf(customerId),
                    java.time.LocalDate.ofInstant(last.boundAt().plus(REASSIGN_AFTER), PlatformClock.ZONE).toString());
        }
        if (current != null) {
            current.end(now);
        }
        BindingRow b = new BindingRow(Ids.next(), customerId, distributorId, BindingRow.Source.ASSIGNMENT, why, now,
                ctx.getCallerPrincipal().getName());
        try {
            repository.persist(b);
        } catch (PersistenceException e) {
            throw new ConflictException("distribution.alreadyBound", String.valueOf(customerId), String.valueOf(distributorId));
        }
        return view(b, customers.names(List.of(distributorId)).get(distributorId));
    }

    /** At most this many lines to a page (an export takes up to 100,000). */
    static final int PAGE_MAX = 1000;

    private List<CommissionView> lines(long distributorId, String from, String to, String kind, Long customerId, int first, int max) {
        return views(customers, repository.lines(distributorId, month(from, "from"), month(to, "to"), kind(kind), customerId, first, max));
    }

    /** Lines as views, with their customers' names. */
    static List<CommissionView> views(CustomerDirectory customers, List<CommissionLineRow> rows) {
        Map<Long, CustomerDirectory.Card> cards = customers.cards(rows.stream().map(CommissionLineRow::customerId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return rows.stream().map(l -> new CommissionView(l.id(), l.createdAt(), l.kind().name(), l.role().name(), l.customerId(),
                l.customerId() == null || !cards.containsKey(l.customerId()) ? null : cards.get(l.customerId()).name(), l.base(), l.rate(),
                l.amount(), l.sourceRef(), l.period())).toList();
    }

    private List<BoundCustomerView> boundCustomers(long distributorId, int first, int max) {
        List<BindingRow> rows = repository.boundCustomers(distributorId, first, max);
        List<Long> ids = rows.stream().map(BindingRow::customerId).toList();
        Map<Long, CustomerDirectory.Card> cards = customers.cards(ids);
        Map<Long, BigDecimal[]> sums = repository.customerSums(distributorId, CommissionPosting.period(clock.now()), ids);
        return rows.stream().map(b -> {
            CustomerDirectory.Card c = cards.get(b.customerId());
            BigDecimal[] s = sums.getOrDefault(b.customerId(), new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            return new BoundCustomerView(b.customerId(), c == null ? null : c.name(), c == null ? null : c.maskedMobile(), b.boundAt(),
                    b.source().name(), Money.of(s[0]), Money.of(s[1]));
        }).toList();
    }

    private DistributorRow myDistributor() {
        Long id = me.me().customerId();
        if (id == null) {
            throw new SuanliException("distribution.customersOnly");
        }
        DistributorRow d = repository.distributor(id);
        if (d == null) {
            throw new NotFoundException("distribution.notADistributor", String.valueOf(id));
        }
        return d;
    }

    private DistributorRow distributor(long distributorId) {
        DistributorRow d = repository.distributor(distributorId);
        if (d == null) {
            throw new NotFoundException("distribution.notADistributor", String.valueOf(distributorId));
        }
        return d;
    }

    private static BindingView view(BindingRow b, String distributorName) {
        return new BindingView(b.id(), b.customerId(), b.distributorId(), distributorName, b.source().name(), b.reason(), b.boundAt(),
                b.boundBy(), b.endedAt());
    }

    /** A month filter: yyyy-MM or blank. */
    static String month(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim()).toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw new SuanliException("distribution.periodInvalid", text.trim());
        }
    }

    private static String kind(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CommissionLine.Kind.valueOf(text.trim().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new SuanliException("distribution.kindInvalid", text.trim());
        }
    }
}

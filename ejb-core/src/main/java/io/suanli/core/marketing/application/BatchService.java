package io.suanli.core.marketing.application;

import io.suanli.core.billing.application.CashCouponService;
import io.suanli.core.identity.application.CustomerDirectory;
import io.suanli.core.marketing.domain.AutoGrant;
import io.suanli.core.marketing.domain.Batch;
import io.suanli.core.marketing.domain.BatchKind;
import io.suanli.core.marketing.domain.Conditions;
import io.suanli.core.marketing.domain.Coupon;
import io.suanli.core.marketing.domain.GrantState;
import io.suanli.core.marketing.domain.Validity;
import io.suanli.core.marketing.infrastructure.BatchRow;
import io.suanli.core.marketing.infrastructure.GrantRepository;
import io.suanli.core.marketing.infrastructure.GrantRow;
import io.suanli.core.marketing.infrastructure.PackItemRow;
import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.infrastructure.ExcelWriter;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.MoneyText;
import io.suanli.core.shared.domain.Page;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Batches and manual grants of the marketing center (O5, SPEC §9). A batch is made once with its value, quantity and
 * validity and never edited. A grant gives chosen customers one grant each: under the batch's row lock, so concurrent
 * grants never pass the quantity (and the table's check and unique keys refuse it even so); a grant asking for more
 * than is left is refused whole; a customer already holding as many as the batch allows is skipped. Each grant is
 * notified to the customer's administrators (in-app, SMS, e-mail).
 */
@Stateless
@RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
public class BatchService {

    /** The most customers one grant call may name. */
    static final int MAX_GRANT = 1000;

    @Inject
    GrantRepository repository;

    @Inject
    CustomerDirectory customers;

    @Inject
    GrantMaker maker;

    @Inject
    CashCouponService cashCoupons;

    @Inject
    PlatformClock clock;

    @Resource
    SessionContext ctx;

    @RequiresFunction(StaffFunction.OPS_MARKETING_EDIT)
    @Audited("BATCH_CREATE")
    public BatchView create(BatchDraft d) {
        Batch b = batch(Ids.next(), d);
        List<PackItemRow> items = items(b, d.items());
        BatchRow row = new BatchRow(b, clock.now(), caller());
        repository.persist(row);
        repository.flush(); // the items refer to the pack's row
        items.forEach(repository::persist);
        return view(row, new long[3], itemViews(List.of(row)).get(row.id()));
    }

    /** All batches with their usage, newest first. */
    @RequiresFunction(StaffFunction.OPS_MARKETING_VIEW)
    public Page<BatchView> list(int first, int max) {
        List<BatchRow> rows = repository.page(first, max);
        Map<Long, long[]> usage = usage(rows);
        Map<Long, List<PackItemView>> items = itemViews(rows);
        return new Page<>(rows.stream().map(b -> view(b, usage.get(b.id()), items.get(b.id()))).toList(), repository.count());
    }

    /**
     * Every batch with its usage as an Excel workbook (newest first, at most 10,000), for operations: kind, name, worth,
     * validity, quantity, granted, used, expired unused and the discount its grants gave.
     */
    @RequiresFunction(StaffFunction.OPS_MARKETING_VIEW)
    public byte[] export(Locale locale) {
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(PlatformClock.ZONE);
        List<String> headers = java.util.stream.Stream.of("id", "kind", "name", "worth", "validFrom", "validTo", "quantity", "granted", "used",
                "expired", "given", "autoGrant", "createdAt", "createdBy").map(c -> Messages.get(locale, "marketing.col." + c)).toList();
        List<BatchRow> rows = repository.page(0, 10_000);
        Map<Long, long[]> usage = usage(rows);
        Map<Long, List<PackItemView>> items = itemViews(rows);
        return ExcelWriter.write(Messages.get(locale, "marketing.sheet"), headers, rows.stream().map(r -> {
            BatchView b = view(r, usage.get(r.id()), items.get(r.id()));
            return java.util.Arrays.<Object>asList(String.valueOf(b.id()), Messages.get(locale, "marketing.kind." + b.kind()), b.name(),
                    CouponWorth.of(locale, b), time.format(b.validFrom()), time.format(b.validTo()), b.quantity(), b.granted(), b.used(), b.expired(),
                    b.given().amount(), CouponWorth.granting(locale, b), time.format(b.createdAt()), b.createdBy());
        }));
    }

    @RequiresFunction(StaffFunction.OPS_MARKETING_VIEW)
    public BatchView get(long id) {
        BatchRow b = repository.batch(id);
        return view(b, usage(List.of(b)).get(id), itemViews(List.of(b)).get(id));
    }

    /**
     * Makes the codes of a RECHARGE_CASH_COUPON batch, its whole quantity, and answers them as an Excel workbook — once:
     * only their hashes are kept, so a second export is refused (and audited). Each code is redeemed once, in the
     * batch's validity, into the redeeming customer's cash-coupon balance.
     */
    @RequiresFunction(StaffFunction.OPS_MARKETING_EDIT)
    @Audited("BATCH_CODES_EXPORT")
    public byte[] exportCodes(long batchId, Locale locale) {
        BatchRow row = repository.lockBatch(batchId);
        Batch b = row.toDomain();
        if (!b.kind().byCodes()) {
            throw new SuanliException("marketing.batchHasNoCodes", b.name());
        }
        if (!clock.now().isBefore(b.validity().to())) {
            throw new SuanliException("marketing.batchExpired", b.name());
        }
        int n = row.exportCodes(clock.now(), caller());
        List<String> codes = cashCoupons.issueForBatch(b.id(), b.faceValue(), b.validity().from(), b.validity().to(), n);
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(PlatformClock.ZONE);
        List<String> headers = java.util.stream.Stream.of("code", "worth", "validFrom", "validTo")
                .map(c -> Messages.get(locale, "marketing.col." + c)).toList();
        String worth = MoneyText.display(b.faceValue());
        return ExcelWriter.write(Messages.get(locale, "marketing.codesSheet"), headers, codes.stream().map(c -> java.util.Arrays.<Object>asList(c, worth,
                time.format(b.validity().from()), time.format(b.validity().to()))));
    }

    /** Usage per batch: grants used, expired unused and the discount given; for batches of codes, codes redeemed, expired and their value. */
    private Map<Long, long[]> usage(List<BatchRow> rows) {
        Map<Long, long[]> usage = repository.usage(rows.stream().map(BatchRow::id).toList(), clock.now());
        List<Long> byCodes = rows.stream().filter(r -> r.toDomain().kind().byCodes()).map(BatchRow::id).toList();
        cashCoupons.usageByBatch(byCodes, clock.now()).forEach((id, u) -> usage.put(id, new long[] {u[0], u[2], u[1]}));
        return usage;
    }

    /** Grants one of the batch to each customer named (duplicates count once); see the class comment for the limits. */
    @RequiresFunction(StaffFunction.OPS_MARKETING_EDIT)
    @Audited("BATCH_GRANT")
    public GrantResult grant(long batchId, List<Long> customerIds) {
        Set<Long> wanted = new LinkedHashSet<>(customerIds == null ? List.of() : customerIds);
        wanted.remove(null);
        if (wanted.isEmpty()) {
            throw new SuanliException("validation.required", "customerIds");
        }
        if (wanted.size() > MAX_GRANT) {
            throw new SuanliException("marketing.grantTooMany", MAX_GRANT);
        }
        Map<Long, String> known = customers.names(wanted);
        for (Long id : wanted) {
            if (!known.containsKey(id)) {
                throw new SuanliException("marketing.customerUnknown", String.valueOf(id));
            }
        }
        return grantTo(batchId, wanted);
    }

    /**
     * Grants one of the batch to each active customer the filter matches (e.g. the verified enterprises of a region),
     * under the same limits as a grant to named customers; a filter matching nobody, or more than {@link #MAX_GRANT},
     * is refused and nothing is granted.
     */
    @RequiresFunction(StaffFunction.OPS_MARKETING_EDIT)
    @Audited("BATCH_GRANT")
    public GrantResult grantMatching(long batchId, GrantFilter filter) {
        GrantFilter f = filter == null ? new GrantFilter(null, null, null, null) : filter;
        List<Long> ids = customers.matching(f.customerType(), Boolean.TRUE.equals(f.verifiedOnly()), f.provinceCode(), f.cityCode(), MAX_GRANT + 1);
        if (ids.isEmpty()) {
            throw new SuanliException("marketing.grantMatchesNobody");
        }
        if (ids.size() > MAX_GRANT) {
            throw new SuanliException("marketing.grantTooMany", MAX_GRANT);
        }
        return grantTo(batchId, new LinkedHashSet<>(ids));
    }

    private GrantResult grantTo(long batchId, Set<Long> wanted) {
        return maker.grant(batchId, wanted, caller());
    }

    /** Checks the draft and builds the batch; every error is a keyed {@link SuanliException}, nothing is stored. */
    static Batch batch(long id, BatchDraft d) {
        if (d == null) {
            throw new SuanliException("validation.required", "batch");
        }
        BatchKind kind = kind(d.kind());
        String name = Validation.requiredText(d.name(), 100, "name");
        if (d.quantity() == null) {
            throw new SuanliException("validation.required", "quantity");
        }
        AutoGrant auto = AutoGrant.of(d.autoGrantOn(), money(d.autoGrantMinRecharge(), "autoGrantMinRecharge"));
        if (d.validFrom() == null || d.validTo() == null) {
            throw new SuanliException("validation.required", d.validFrom() == null ? "validFrom" : "validTo");
        }
        Validity validity = new Validity(d.validFrom(), d.validTo());
        Conditions c = new Conditions(null, Validation.optionalText(d.categoryCode(), 40, "categoryCode"),
                Validation.optionalText(d.productCode(), 40, "productCode"), Validation.optionalText(d.specCode(), 40, "specCode"),
                Set.of(), Set.of(), null, null);
        int per = d.perCustomer() == null ? 1 : d.perCustomer();
        Money threshold = money(d.threshold(), "threshold");
        if (kind.isPack()) {
            if (java.util.stream.Stream.of(d.amountOff(), d.percentOff(), d.maxOff(), d.threshold(), d.faceValue(), d.categoryCode(), d.productCode(),
                    d.specCode()).anyMatch(v -> v != null && !v.isBlank()) || Boolean.TRUE.equals(d.paygAllowed())) {
                throw new SuanliException("marketing.packHasNoValue"); // its worth and scope are its items'
            }
            return new Batch(id, kind, name, d.quantity(), per, null, null, null, null, null, true, null, false, Conditions.ANY, validity, auto);
        }
        if (kind != BatchKind.COUPON) {
            Money face = money(d.faceValue(), "faceValue");
            if (face == null) {
                throw new SuanliException("validation.required", "faceValue");
            }
            if (kind.byCodes() && (c.categoryCode() != null || c.productCode() != null || c.specCode() != null
                    || Boolean.TRUE.equals(d.paygAllowed()))) {
                throw new SuanliException("marketing.rechargeHasNoScope"); // it becomes cash-coupon balance, which pays anything
            }
            return new Batch(id, kind, name, d.quantity(), per, null, null, null, null, null, true, face,
                    Boolean.TRUE.equals(d.paygAllowed()), kind.byCodes() ? Conditions.ANY : c, validity, auto);
        }
        Money amountOff = money(d.amountOff(), "amountOff");
        BigDecimal percent = percent(d.percentOff());
        if ((amountOff == null) == (percent == null)) {
            throw new SuanliException("marketing.couponValueOneOf");
        }
        boolean withDiscounts = d.withDiscounts() == null || d.withDiscounts();
        return amountOff != null
                ? new Batch(id, kind, name, d.quantity(), per, Coupon.Kind.AMOUNT_OFF, amountOff, null, null, threshold, withDiscounts,
                null, false, c, validity, auto)
                : new Batch(id, kind, name, d.quantity(), per, Coupon.Kind.PERCENT_OFF, null, percent, money(d.maxOff(), "maxOff"),
                threshold, withDiscounts, null, false, c, validity, auto);
    }

    private static BatchKind kind(String text) {
        if (text == null || text.isBlank()) {
            throw new SuanliException("validation.required", "kind");
        }
        try {
            return BatchKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SuanliException("marketing.batchKindInvalid", text);
        }
    }

    private static Money money(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Money.parseExact(text.trim());
        } catch (SuanliException e) {
            throw new SuanliException("marketing.amountInvalid", field, text);
        }
    }

    /** A percentage off as entered ("15" or "12.5") as a rate (0.15, 0.125): above 0 and below 100, at most two decimals. */
    static BigDecimal percent(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal p;
        try {
            p = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new SuanliException("marketing.percentOffInvalid", text);
        }
        if (p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) >= 0 || p.stripTrailingZeros().scale() > 2) {
            throw new SuanliException("marketing.percentOffInvalid", text);
        }
        return p.divide(BigDecimal.valueOf(100), 4, RoundingMode.UNNECESSARY);
    }

    /**
     * The items of an activity pack, checked: one to ten distinct coupon or deduction cash coupon batches, each one to
     * ten times, none ending before the pack; a batch that is no pack has none.
     */
    private List<PackItemRow> items(Batch pack, List<PackItem> items) {
        List<PackItem> given = items == null ? List.of() : items;
        if (!pack.kind().isPack()) {
            if (!given.isEmpty()) {
                throw new SuanliException("marketing.itemsOnlyForPack");
            }
            return List.of();
        }
        if (given.isEmpty() || given.size() > 10) {
            throw new SuanliException("marketing.packItemsInvalid", given.size());
        }
        Set<Long> seen = new java.util.HashSet<>();
        Map<Long, BatchRow> batches = repository.batches(given.stream().map(PackItem::batchId).filter(java.util.Objects::nonNull).toList());
        List<PackItemRow> rows = new ArrayList<>();
        for (PackItem i : given) {
            if (i.batchId() == null || !seen.add(i.batchId())) {
                throw new SuanliException("marketing.packItemsInvalid", given.size());
            }
            BatchRow item = batches.get(i.batchId());
            if (item == null) {
                throw new io.suanli.core.shared.domain.NotFoundException("marketing.batchNotFound", String.valueOf(i.batchId()));
            }
            Batch ib = item.toDomain();
            if (!ib.kind().packable()) {
                throw new SuanliException("marketing.packItemKind", ib.name());
            }
            int count = i.count() == null ? 1 : i.count();
            if (count < 1 || count > 10) {
                throw new SuanliException("marketing.packItemCount", ib.name(), count);
            }
            if (ib.validity().to().isBefore(pack.validity().to())) {
                throw new SuanliException("marketing.packItemEndsEarly", ib.name());
            }
            rows.add(new PackItemRow(Ids.next(), pack.id(), ib.id(), count));
        }
        return rows;
    }

    /** The items of the packs among these batches, with their batches' names. */
    private Map<Long, List<PackItemView>> itemViews(List<BatchRow> rows) {
        List<Long> packs = rows.stream().filter(r -> r.toDomain().kind().isPack()).map(BatchRow::id).toList();
        Map<Long, List<PackItemRow>> items = repository.items(packs);
        Map<Long, BatchRow> named = repository.batches(items.values().stream().flatMap(List::stream).map(PackItemRow::itemBatchId).distinct().toList());
        Map<Long, List<PackItemView>> out = new java.util.HashMap<>();
        items.forEach((pack, list) -> out.put(pack, list.stream().map(i -> {
            Batch b = named.get(i.itemBatchId()).toDomain();
            return new PackItemView(b.id(), b.name(), b.kind().name(), i.count());
        }).toList()));
        return out;
    }

    static BatchView view(BatchRow row, long[] usage, List<PackItemView> items) {
        Batch b = row.toDomain();
        long[] u = usage == null ? new long[3] : usage;
        return new BatchView(b.id(), b.kind().name(), b.name(), b.quantity(), row.granted(), b.perCustomer(),
                b.couponKind() == null ? null : b.couponKind().name(), b.amountOff(), percentOf(b.percentOff()), b.maxOff(), b.threshold(),
                b.withDiscounts(), b.faceValue(), b.paygAllowed(), b.conditions().categoryCode(), b.conditions().productCode(),
                b.conditions().specCode(), b.validity().from(), b.validity().to(), u[0], u[1], Money.of(BigDecimal.valueOf(u[2], 2)),
                row.createdAt(), row.createdBy(),
                b.autoGrant() == null ? null : b.autoGrant().on().name(), b.autoGrant() == null ? null : b.autoGrant().minRecharge(),
                row.codesExportedAt(), !b.kind().byCodes() && row.granted() < b.quantity(), b.kind().byCodes() && row.codesExportedAt() == null,
                items == null ? List.of() : items);
    }

    /** A stored rate as a percentage: 0.1500 → 15, 0.1250 → 12.5. */
    static BigDecimal percentOf(BigDecimal rate) {
        return rate == null ? null : rate.movePointRight(2).stripTrailingZeros();
    }

    private String caller() {
        return ctx.getCallerPrincipal().getName();
    }
}

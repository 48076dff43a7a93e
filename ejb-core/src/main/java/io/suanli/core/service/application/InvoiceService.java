package io.suanli.core.service.application;

import io.suanli.core.billing.application.LedgerService;
import io.suanli.core.identity.application.CustomerDirectory;
import io.suanli.core.identity.application.PermissionGuard;
import io.suanli.core.service.domain.InvoiceIdentity;
import io.suanli.core.service.domain.InvoiceIssue;
import io.suanli.core.service.domain.InvoiceRequest;
import io.suanli.core.service.domain.InvoiceStatus;
import io.suanli.core.service.domain.InvoiceType;
import io.suanli.core.service.domain.Invoiceable;
import io.suanli.core.service.infrastructure.InvoiceRepository;
import io.suanli.core.service.infrastructure.InvoiceRow;
import io.suanli.core.service.infrastructure.RedLetterRow;
import io.suanli.core.shared.application.FieldCipher;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.ConflictException;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Masking;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.NotFoundException;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Invoices (发票, SPEC §11, U10, O6). The customer sees what it may invoice — computed from the ledger each time, never
 * stored — and requests an invoice made out to its verified name and credit code, at most that amount and never in
 * 欠票; it cancels a pending request. Finance reviews the queue: approves with the invoice number and date (courier and
 * tracking number for paper) or rejects with a reason (the amount is invoiceable again), and records red-letter
 * invoices that reverse issued ones, which is how a 欠票 left by a refund is cleared. Every change holds the customer's
 * account lock (the ledger's), so two requests at once, or a request beside a refund, never over-invoice.
 */
@Stateless
@RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
public class InvoiceService {

    static final String EMAIL = "invoice.email";
    static final String ACCOUNT = "invoice.bankAccount";
    static final String PHONE = "invoice.phone";
    static final String MAIL_TO = "invoice.mailTo";

    @Inject
    InvoiceRepository invoices;

    @Inject
    LedgerService ledger;

    @Inject
    CustomerDirectory customers;

    @Inject
    PermissionGuard guard;

    @Inject
    PlatformClock clock;

    @Inject
    FieldCipher cipher;

    @Inject
    InvoiceNotices notices;

    @Resource
    SessionContext ctx;

    // ---- the customer's side

    /** What the caller's customer may invoice now, and whom its invoices are made out to. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own invoices, checked by its VIEW_BILLING permission")
    public InvoiceableView invoiceable() {
        return invoiceableView(guard.customerOf("VIEW_BILLING"));
    }

    /** The caller's customer's requests, newest first, optionally in one status. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own invoices, checked by its VIEW_BILLING permission")
    public Page<InvoiceView> mine(String status, int first, int max) {
        long c = guard.customerOf("VIEW_BILLING");
        return page(new InvoiceRepository.Filter(c, status(status), null, null, null, null), first, max, false);
    }

    /** One of the caller's customer's requests; another customer's is not found. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own invoices, checked by its VIEW_BILLING permission")
    public InvoiceView mine(String invoiceNo) {
        return view(own(invoiceNo, guard.customerOf("VIEW_BILLING")), false, false);
    }

    /**
     * Requests an invoice (PAY permission): checked against the verified identity and the invoiceable amount under the
     * account lock, stored PENDING, finance told.
     */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own invoices, checked by its PAY permission")
    @Audited("INVOICE_REQUEST")
    public InvoiceView request(InvoiceForm form) {
        long customerId = guard.customerOf("PAY");
        if (form == null) {
            throw new SuanliException("validation.required", "invoice.type");
        }
        InvoiceIdentity who = identity(customerId);
        InvoiceRequest r = InvoiceRequest.of(who, form.type(), form.title(), form.taxNo(), amount(form.amount()), form.email(),
                form.bankName(), form.bankAccount(), form.address(), form.phone(), form.mailTo());
        ledger.lockAccount(customerId);
        figures(customerId).admit(r.amount());
        Instant now = clock.now();
        InvoiceRow row = new InvoiceRow(Ids.next(), number(now), customerId, r, cipher.encrypt(EMAIL, r.email()), encrypt(ACCOUNT, r.bankAccount()),
                encrypt(PHONE, r.phone()), encrypt(MAIL_TO, r.mailTo()), now, ctx.getCallerPrincipal().getName());
        invoices.persist(row);
        notices.requested(customers.name(customerId), row.invoiceNo(), row.type().name(), row.amount().toString());
        return view(row, false, false);
    }

    /** Withdraws one of the caller's customer's pending requests (PAY permission): the amount is invoiceable again. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own invoices, checked by its PAY permission")
    @Audited("INVOICE_CANCEL")
    public InvoiceView cancel(String invoiceNo) {
        long customerId = guard.customerOf("PAY");
        InvoiceRow row = own(invoiceNo, customerId);
        ledger.lockAccount(customerId);
        row = invoices.locked(row.id());
        row.move(InvoiceStatus.Verb.CANCEL, null, null, clock.now(), ctx.getCallerPrincipal().getName());
        return view(row, false, false);
    }

    // ---- finance's side

    /** The requests matching the filters (status, type, customer, request or invoice number, requested between two days), newest first. */
    @RequiresFunction(StaffFunction.OPS_INVOICE_VIEW)
    public Page<InvoiceView> list(String status, String type, Long customerId, String invoiceNo, LocalDate from, LocalDate to, int first, int max) {
        return page(filter(status, type, customerId, invoiceNo, from, to), first, max, true);
    }

    /** All requests matching the filters as an Excel workbook (at most 10,000 rows), the e-mail and bank details masked. */
    @RequiresFunction(StaffFunction.OPS_INVOICE_VIEW)
    public byte[] export(String status, String type, Long customerId, String invoiceNo, LocalDate from, LocalDate to, Locale locale) {
        List<InvoiceView> rows = page(filter(status, type, customerId, invoiceNo, from, to), 0, 10_000, true).rows();
        return InvoiceSheet.write(rows, locale);
    }

    /** One request in full (the e-mail, bank and mailing details decrypted: finance needs them to issue the invoice). */
    @RequiresFunction(StaffFunction.OPS_INVOICE_VIEW)
    @Audited("INVOICE_READ")
    public InvoiceView of(String invoiceNo) {
        return view(find(invoiceNo), true, true);
    }

    /** What a customer may invoice now (finance's view of the same figures). */
    @RequiresFunction(StaffFunction.OPS_INVOICE_VIEW)
    public InvoiceableView invoiceableOf(long customerId) {
        if (customers.names(List.of(customerId)).isEmpty()) {
            throw new NotFoundException("customer.notFound", String.valueOf(customerId));
        }
        return invoiceableView(customerId);
    }

    /** Finance issued the invoice: its number and date, and for paper the courier and tracking number; the customer is told. */
    @RequiresFunction(StaffFunction.OPS_INVOICE_REVIEW)
    @Audited("INVOICE_APPROVE")
    public InvoiceView approve(String invoiceNo, String invoiceNumber, LocalDate issuedOn, String courier, String trackingNo) {
        InvoiceRow row = lockedForReview(invoiceNo);
        InvoiceIssue issue = InvoiceIssue.of(invoiceNumber, issuedOn, courier, trackingNo, row.paper(), clock.today());
        if (row.status() == InvoiceStatus.PENDING && invoices.invoiceNumberTaken(issue.invoiceNumber())) {
            throw new ConflictException("invoice.numberTaken", issue.invoiceNumber());
        }
        row.move(InvoiceStatus.Verb.APPROVE, issue, null, clock.now(), ctx.getCallerPrincipal().getName());
        String delivery = row.paper() ? "纸质发票已由 " + issue.courier() + " 寄出,运单号 " + issue.trackingNo() + "。" : "电子发票已发送至 "
                + Masking.email(cipher.decrypt(EMAIL, row.emailEnc())) + "。";
        notices.approved(row.customerId(), cipher.decrypt(EMAIL, row.emailEnc()), row.invoiceNo(), row.amount().toString(), issue.invoiceNumber(),
                issue.issuedOn().toString(), delivery);
        return view(row, true, true);
    }

    /** Finance refuses the request with a reason; the amount is invoiceable again and the customer is told why. */
    @RequiresFunction(StaffFunction.OPS_INVOICE_REVIEW)
    @Audited("INVOICE_REJECT")
    public InvoiceView reject(String invoiceNo, String reason) {
        InvoiceRow row = lockedForReview(invoiceNo);
        String why = Validation.requiredText(reason, 500, "invoice.reason");
        row.move(InvoiceStatus.Verb.REJECT, null, why, clock.now(), ctx.getCallerPrincipal().getName());
        notices.rejected(row.customerId(), row.invoiceNo(), row.amount().toString(), why);
        return view(row, true, true);
    }

    /**
     * Finance records a red-letter invoice (红字发票) reversing {@code amount} of an issued invoice — at most what is not
     * yet reversed — with its own number, date and reason; what was invoiced falls by the amount (clearing a 欠票).
     */
    @RequiresFunction(StaffFunction.OPS_INVOICE_REVIEW)
    @Audited("INVOICE_RED_LETTER")
    public InvoiceView redLetter(String invoiceNo, String redNumber, String amount, LocalDate issuedOn, String reason) {
        InvoiceRow row = lockedForReview(invoiceNo);
        if (row.status() != InvoiceStatus.APPROVED) {
            throw new SuanliException("invoice.redLetterNotIssued", row.invoiceNo(), row.status().name());
        }
        InvoiceIssue red = InvoiceIssue.of(redNumber, issuedOn, null, null, false, clock.today());
        if (red.issuedOn().isBefore(row.issuedOn())) {
            throw new SuanliException("invoice.redLetterBeforeIssue", red.issuedOn().toString(), row.issuedOn().toString());
        }
        Money m = amount(amount);
        if (!m.isPositive()) {
            throw new SuanliException("money.notPositive", m.toString());
        }
        Money left = row.amount().minus(invoices.reversedOf(List.of(row.id())).getOrDefault(row.id(), Money.ZERO));
        if (m.compareTo(left) > 0) {
            throw new SuanliException("invoice.redLetterAboveLeft", m.toString(), left.toString());
        }
        if (invoices.redNumberTaken(red.invoiceNumber()) || invoices.invoiceNumberTaken(red.invoiceNumber())) {
            throw new ConflictException("invoice.numberTaken", red.invoiceNumber());
        }
        String why = Validation.requiredText(reason, 500, "invoice.reason");
        invoices.persist(new RedLetterRow(Ids.next(), row.id(), row.customerId(), red.invoiceNumber(), m, red.issuedOn(), why, clock.now(),
                ctx.getCallerPrincipal().getName()));
        return view(row, true, true);
    }

    // ---- the figures

    private InvoiceableView invoiceableView(long customerId) {
        Invoiceable f = figures(customerId);
        java.util.Optional<CustomerDirectory.VerifiedIdentity> who = customers.verifiedIdentity(customerId);
        return new InvoiceableView(customerId, f.consumed(), f.invoiced(), f.pending(), f.amount(), f.inDebt(), f.debt(), who.isPresent(),
                who.map(CustomerDirectory.VerifiedIdentity::enterprise).orElse(false), who.map(CustomerDirectory.VerifiedIdentity::name).orElse(null),
                who.map(CustomerDirectory.VerifiedIdentity::creditCode).orElse(null));
    }

    /** The invoiceable figures from the ledger and the requests (read under the account lock when the caller holds it). */
    Invoiceable figures(long customerId) {
        Money invoiced = invoices.total(customerId, InvoiceStatus.APPROVED).minus(invoices.reversed(customerId));
        return new Invoiceable(ledger.consumedFromCashAndCredit(customerId), invoiced, invoices.total(customerId, InvoiceStatus.PENDING));
    }

    private InvoiceIdentity identity(long customerId) {
        CustomerDirectory.VerifiedIdentity v = customers.verifiedIdentity(customerId)
                .orElseThrow(() -> new SuanliException("invoice.notVerified"));
        return new InvoiceIdentity(v.enterprise(), v.name(), v.creditCode());
    }

    // ---- rows and views

    private InvoiceRow find(String invoiceNo) {
        InvoiceRow row = invoices.byNo(invoiceNo == null ? null : invoiceNo.trim());
        if (row == null) {
            throw new NotFoundException("invoice.notFound", String.valueOf(invoiceNo));
        }
        return row;
    }

    private InvoiceRow own(String invoiceNo, long customerId) {
        InvoiceRow row = find(invoiceNo);
        if (row.customerId() != customerId) {
            throw new NotFoundException("invoice.notFound", String.valueOf(invoiceNo));
        }
        return row;
    }

    private InvoiceRow lockedForReview(String invoiceNo) {
        InvoiceRow row = find(invoiceNo);
        ledger.lockAccount(row.customerId());
        return invoices.locked(row.id());
    }

    private Page<InvoiceView> page(InvoiceRepository.Filter f, int first, int max, boolean staff) {
        List<InvoiceRow> rows = invoices.list(f, first, max);
        Map<Long, Money> reversed = invoices.reversedOf(rows.stream().map(InvoiceRow::id).toList());
        Map<Long, String> names = staff ? customers.names(rows.stream().map(InvoiceRow::customerId).distinct().toList()) : Map.of();
        List<InvoiceView> views = new ArrayList<>();
        for (InvoiceRow r : rows) {
            views.add(view(r, names.get(r.customerId()), reversed.getOrDefault(r.id(), Money.ZERO), staff, false, null));
        }
        return new Page<>(views, invoices.count(f));
    }

    private InvoiceView view(InvoiceRow r, boolean staff, boolean full) {
        List<InvoiceView.RedLetterView> reds = invoices.redLetters(r.id()).stream().map(x -> new InvoiceView.RedLetterView(x.redNumber(),
                x.amount(), x.issuedOn(), x.reason(), x.recordedAt(), x.recordedBy())).toList();
        Money reversed = reds.stream().map(InvoiceView.RedLetterView::amount).reduce(Money.ZERO, Money::plus);
        return view(r, staff ? customers.names(List.of(r.customerId())).get(r.customerId()) : null, reversed, staff, full, reds);
    }

    private InvoiceView view(InvoiceRow r, String customerName, Money reversed, boolean staff, boolean full, List<InvoiceView.RedLetterView> reds) {
        String email = cipher.decrypt(EMAIL, r.emailEnc());
        String account = decrypt(ACCOUNT, r.bankAccountEnc());
        String phone = decrypt(PHONE, r.phoneEnc());
        String mailTo = decrypt(MAIL_TO, r.mailToEnc());
        List<String> actions = new ArrayList<>();
        for (String a : r.status().actions()) {
            if (staff != a.equals("cancel")) {
                actions.add(a);
            }
        }
        if (staff && r.status() == InvoiceStatus.APPROVED && reversed.compareTo(r.amount()) < 0) {
            actions.add("redLetter");
        }
        return new InvoiceView(r.invoiceNo(), r.customerId(), customerName, r.type().name(), r.paper(), r.title(), r.taxNo(), r.amount(),
                full ? email : Masking.email(email), r.bankName(), account == null ? null : full ? account : Masking.account(account), r.address(),
                phone == null ? null : full ? phone : Masking.mobile(phone), mailTo == null ? null : full ? mailTo : Masking.address(mailTo),
                r.status().name(), r.invoiceNumber(), r.issuedOn(), r.courier(), r.trackingNo(), r.reason(), r.requestedAt(), r.requestedBy(),
                r.decidedAt(), r.decidedBy(), reversed, full, reds == null ? List.of() : reds, List.copyOf(actions));
    }

    private InvoiceRepository.Filter filter(String status, String type, Long customerId, String invoiceNo, LocalDate from, LocalDate to) {
        String t = type == null || type.isBlank() ? null : InvoiceType.parse(type).name();
        String no = invoiceNo == null || invoiceNo.isBlank() ? null : invoiceNo.trim();
        if (from != null && to != null && to.isBefore(from)) {
            throw new SuanliException("validation.dateRange", from.toString(), to.toString());
        }
        return new InvoiceRepository.Filter(customerId, status(status), t, no, from == null ? null : from.atStartOfDay(clock.zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(clock.zone()).toInstant());
    }

    private static InvoiceStatus status(String status) {
        return Inputs.state(InvoiceStatus.class, status, "invoice.statusInvalid");
    }

    private static Money amount(String text) {
        if (text == null || text.isBlank()) {
            throw new SuanliException("money.required");
        }
        return Money.parseExact(text.trim());
    }

    private String encrypt(String field, String value) {
        return value == null ? null : cipher.encrypt(field, value);
    }

    private String decrypt(String field, String stored) {
        return stored == null ? null : cipher.decrypt(field, stored);
    }

    static String number(Instant now) {
        return io.suanli.core.shared.application.DocumentNumbers.next("FP", now, 6);
    }
}

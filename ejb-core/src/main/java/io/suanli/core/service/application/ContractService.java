package io.suanli.core.service.application;

import io.suanli.core.billing.application.LedgerService;
import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.identity.application.CustomerDirectory;
import io.suanli.core.identity.application.MeService;
import io.suanli.core.marketing.application.DiscountService;
import io.suanli.core.service.domain.Contract;
import io.suanli.core.service.domain.ContractStatus;
import io.suanli.core.service.infrastructure.ContractItemRow;
import io.suanli.core.service.infrastructure.ContractRepository;
import io.suanli.core.service.infrastructure.ContractRow;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.ConflictException;
import io.suanli.core.shared.domain.Ids;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Contracts (O9, SPEC §11). Operations or sales enter one (number, customer, credit line, discount rate, dates, items at
 * contract unit prices) as a draft and activate it; while it is in force (ACTIVE, from its start day to its end day in
 * the platform time zone) its credit line adds to the customer's credit limit — as credit-line entries of the ledger,
 * granted on its start day — its unit prices replace list prices in quotes ({@link ContractRepository} as the shared
 * {@code ContractTerms}) and its rate is a discount of scope CONTRACT in the marketing engine. {@link #sweep} (hourly)
 * grants the lines of contracts whose day came and ends contracts whose end day passed: the limit falls, credit used
 * stays owed; it also reminds the customer and operations 30 and 7 days before the end, each once. A contract terminated early ends the same way, with a reason.
 */
@Stateless
@RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
public class ContractService {

    @Inject
    ContractRepository contracts;

    @Inject
    LedgerService ledger;

    @Inject
    DiscountService discounts;

    @Inject
    CatalogService catalog;

    @Inject
    CustomerDirectory customers;

    @Inject
    MeService me;

    @Inject
    PlatformClock clock;

    @Inject
    ContractNotices notices;

    @Inject
    io.suanli.core.identity.application.RealNameVerificationService uploads;

    @Resource
    SessionContext ctx;

    @RequiresFunction(StaffFunction.OPS_CONTRACT_EDIT)
    @Audited("CONTRACT_CREATE")
    public ContractView create(ContractForm f) {
        if (f == null || f.customerId() == null) {
            throw new SuanliException("validation.required", "contract.customerId");
        }
        if (customers.names(List.of(f.customerId())).isEmpty()) {
            throw new NotFoundException("customer.notFound", String.valueOf(f.customerId()));
        }
        List<Contract.Item> items = new ArrayList<>();
        for (ContractForm.Item i : f.items() == null ? List.<ContractForm.Item>of() : f.items()) {
            items.add(new Contract.Item(i == null ? null : i.specCode(), i == null ? null : i.billingMode(), i == null ? null : price(i.unitPrice())));
        }
        Contract c = new Contract(f.contractNo(), f.customerId(), f.creditLine() == null || f.creditLine().isBlank() ? Money.ZERO
                : Money.parseExact(f.creditLine().trim()), rate(f.discountRate()), day(f.startsOn(), "contract.startsOn"), day(f.endsOn(), "contract.endsOn"), items);
        for (Contract.Item i : c.items()) {
            catalog.spec(i.specCode()); // an unknown spec is a keyed 404
        }
        if (contracts.numberTaken(c.contractNo())) {
            throw new ConflictException("contract.numberTaken", c.contractNo());
        }
        ContractRow row = new ContractRow(Ids.next(), c, clock.now(), caller());
        contracts.persist(row);
        for (Contract.Item i : c.items()) {
            contracts.persist(new ContractItemRow(Ids.next(), row.id(), i.specCode(), i.billingMode(), i.unitPrice()));
        }
        return view(row);
    }

    /** A draft goes into force: from its start day its credit line counts, its prices and discount apply. */
    @RequiresFunction(StaffFunction.OPS_CONTRACT_EDIT)
    @Audited("CONTRACT_ACTIVATE")
    public ContractView activate(long id) {
        ContractRow row = locked(id);
        LocalDate today = clock.today();
        if (row.endsOn().isBefore(today)) {
            throw new SuanliException("contract.alreadyOver", row.contractNo(), row.endsOn().toString());
        }
        row.move(ContractStatus.Verb.ACTIVATE, null, clock.now(), caller());
        if (row.discountRate() != null) {
            row.discount(discounts.contractDiscount(row.id(), "合同折扣 " + row.contractNo(), row.discountRate(),
                    row.startsOn().atStartOfDay(PlatformClock.ZONE).toInstant(), row.endsOn().plusDays(1).atStartOfDay(PlatformClock.ZONE).toInstant()));
        }
        if (!row.startsOn().isAfter(today)) {
            grant(row);
        }
        return view(row);
    }

    /** Ends the contract early with a reason: its credit line leaves the limit (credit used stays owed), its prices and discount stop. */
    @RequiresFunction(StaffFunction.OPS_CONTRACT_EDIT)
    @Audited("CONTRACT_TERMINATE")
    public ContractView terminate(long id, String reason) {
        ContractRow row = locked(id);
        String why = Validation.requiredText(reason, 500, "contract.reason");
        close(row, ContractStatus.Verb.TERMINATE, why, caller());
        return view(row);
    }

    /** Attaches a file (the signed contract, a PDF by its content, at most 5 MB) that the customer will read with the contract. */
    @RequiresFunction(StaffFunction.OPS_CONTRACT_EDIT)
    @Audited("CONTRACT_FILE_ATTACH")
    public ContractView attach(long id, String fileName, byte[] data) {
        ContractRow row = locked(id);
        if (!actions(row.status()).contains("attach")) {
            throw new SuanliException("contract.illegalTransition", row.status().name(), "ATTACH");
        }
        long fileId = uploads.uploadContractFile(row.customerId(), fileName, data);
        contracts.persist(new io.suanli.core.service.infrastructure.ContractFileRow(Ids.next(), row.id(), fileId,
                io.suanli.core.shared.domain.FileNames.display(fileName, "contract.pdf", 200), clock.now(), caller()));
        return view(row);
    }

    /** A file of a contract, for the staff who read contracts; a file of another contract is not found. */
    @RequiresFunction(StaffFunction.OPS_CONTRACT_VIEW)
    public io.suanli.core.identity.application.StoredFile file(long id, long fileId) {
        if (contracts.files(find(id).id()).stream().noneMatch(f -> f.fileId() == fileId)) {
            throw new NotFoundException("request.notFound");
        }
        return uploads.contractFile(fileId);
    }

    /** A file of one of the caller's customer's contracts (in force or over, never a draft's). */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own contract's file")
    public io.suanli.core.identity.application.StoredFile myFile(long id, long fileId) {
        ContractView c = mine(id);
        if (c.files().stream().noneMatch(f -> f.fileId() == fileId)) {
            throw new NotFoundException("request.notFound");
        }
        return uploads.file(fileId);
    }

    @RequiresFunction(StaffFunction.OPS_CONTRACT_VIEW)
    public Page<ContractView> list(Long customerId, String status, int first, int max) {
        ContractStatus s = status(status);
        return new Page<>(contracts.list(customerId, s, first, max).stream().map(this::view).toList(), contracts.count(customerId, s));
    }

    @RequiresFunction(StaffFunction.OPS_CONTRACT_VIEW)
    public ContractView of(long id) {
        return view(find(id));
    }

    /** The caller's customer's contracts (我的合同) once in force — never a draft — newest first. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own contracts")
    public Page<ContractView> mine(int first, int max) {
        long c = myCustomer();
        return new Page<>(contracts.signed(c, first, max).stream().map(this::view).toList(), contracts.countSigned(c));
    }

    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own contracts")
    public ContractView mine(long id) {
        ContractRow row = find(id);
        if (row.customerId() != myCustomer() || row.status() == ContractStatus.DRAFT) {
            throw new NotFoundException("contract.notFound", String.valueOf(id));
        }
        return view(row);
    }

    /** The platform's hour: credit lines of contracts whose start day came, the end of contracts whose end day passed, the reminders before it. */
    @RolesAllowed(Roles.SYS_ADMIN)
    @NoFunction("the platform's own hour (ContractSweep) and the dev profile's trigger")
    public int sweep() {
        LocalDate today = clock.today();
        int moved = 0;
        for (ContractRow due : contracts.due(today, 1000)) {
            ContractRow row = contracts.locked(due.id());
            if (row.status() != ContractStatus.ACTIVE) {
                continue;
            }
            if (row.endsOn().isBefore(today)) {
                close(row, ContractStatus.Verb.END, null, "system:contract-end");
            } else if (!row.creditGranted() && !row.startsOn().isAfter(today)) {
                grant(row);
            }
            moved++;
        }
        for (ContractRow ending : contracts.ending(today, Contract.FIRST_REMINDER, 1000)) {
            ContractRow row = contracts.locked(ending.id());
            Integer due = Contract.reminderDue(row.endsOn(), today, row.reminded30At() != null, row.reminded7At() != null);
            if (row.status() == ContractStatus.ACTIVE && due != null) {
                notices.ending(row.customerId(), customers.names(List.of(row.customerId())).get(row.customerId()), row.contractNo(),
                        row.endsOn().toString(), java.time.temporal.ChronoUnit.DAYS.between(today, row.endsOn()), row.createdBy());
                row.reminded(due, clock.now());
                moved++;
            }
        }
        return moved;
    }

    private void grant(ContractRow row) {
        if (row.creditLine().isPositive()) {
            ledger.changeCreditLine(row.customerId(), row.creditLine(), "CONTRACT-" + row.contractNo() + "-GRANT");
        }
        row.creditGranted(true);
    }

    private void close(ContractRow row, ContractStatus.Verb verb, String reason, String by) {
        row.move(verb, reason, clock.now(), by);
        if (row.creditGranted() && row.creditLine().isPositive()) {
            ledger.changeCreditLine(row.customerId(), row.creditLine().negate(), "CONTRACT-" + row.contractNo() + "-END");
        }
        if (row.discountId() != null) {
            discounts.endContractDiscount(row.discountId());
        }
    }

    private ContractView view(ContractRow r) {
        Map<Long, String> names = ctx.isCallerInRole(Roles.CUSTOMER) ? Map.of() : customers.names(List.of(r.customerId()));
        List<ContractView.Item> items = contracts.items(r.id()).stream().map(i -> new ContractView.Item(i.specCode(), i.billingMode(), i.unitPrice())).toList();
        return new ContractView(r.id(), r.contractNo(), r.customerId(), names.get(r.customerId()), r.creditLine(), r.discountRate(), r.startsOn(),
                r.endsOn(), r.status().name(), r.creditGranted(), items, r.reason(), r.createdAt(), r.createdBy(), r.activatedAt(), r.closedAt(),
                contracts.files(r.id()).stream().map(f -> new ContractView.FileView(f.fileId(), f.fileName(), f.uploadedAt(), f.uploadedBy())).toList(),
                actions(r.status()));
    }

    /** The verbs of the table, and attaching files while the contract is a draft or in force. */
    private static List<String> actions(ContractStatus s) {
        List<String> a = new ArrayList<>(s.actions());
        if (s == ContractStatus.DRAFT || s == ContractStatus.ACTIVE) {
            a.add("attach");
        }
        return List.copyOf(a);
    }

    private ContractRow find(long id) {
        ContractRow r = contracts.find(id);
        if (r == null) {
            throw new NotFoundException("contract.notFound", String.valueOf(id));
        }
        return r;
    }

    private ContractRow locked(long id) {
        find(id);
        return contracts.locked(id);
    }

    private long myCustomer() {
        return Inputs.myCustomer(me);
    }

    private String caller() {
        return ctx.getCallerPrincipal().getName();
    }

    private static LocalDate day(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new SuanliException("validation.required", field);
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new SuanliException("validation.date");
        }
    }

    private static BigDecimal rate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new SuanliException("contract.rateInvalid", text);
        }
    }

    private static BigDecimal price(String text) {
        if (text == null || text.isBlank()) {
            throw new SuanliException("validation.required", "contract.unitPrice");
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new SuanliException("contract.unitPriceInvalid", text);
        }
    }

    private static ContractStatus status(String status) {
        return Inputs.state(ContractStatus.class, status, "contract.statusInvalid");
    }
}

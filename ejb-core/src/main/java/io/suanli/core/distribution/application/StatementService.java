package io.suanli.core.distribution.application;

import io.suanli.core.distribution.domain.CommissionLine;
import io.suanli.core.distribution.domain.Statement;
import io.suanli.core.distribution.infrastructure.CommissionLineRow;
import io.suanli.core.distribution.infrastructure.DistributionRepository;
import io.suanli.core.distribution.infrastructure.DistributorRow;
import io.suanli.core.distribution.infrastructure.StatementRow;
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
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Monthly statements (SPEC §10, B2) once the bill run made them: the distributor reads and confirms its own (a draft
 * confirms itself seven days after it was made); distribution operations and finance read any distributor's; finance
 * settles a confirmed one — the latest of its distributor, never more than its closing — recording the payout and its
 * reference, which is a PAYOUT line of its own.
 */
@Stateless
@RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
public class StatementService {

    @Inject
    DistributionRepository repository;

    @Inject
    MeService me;

    @Inject
    PlatformClock clock;

    @Resource
    SessionContext ctx;

    @Inject
    io.suanli.core.identity.application.CustomerDirectory customers;

    @Inject
    io.suanli.core.system.application.SettingsService settings;

    @Inject
    io.suanli.core.shared.application.RequestContext request;

    /** The caller's statements, the latest first. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a distributor's own statements")
    public List<StatementView> mine(int first, int max) {
        return list(myDistributorId(), first, max);
    }

    /** The caller's statement of a month (yyyy-MM). */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a distributor's own statement")
    public StatementView mine(String period) {
        return view(find(myDistributorId(), period), null);
    }

    /** The caller's statement of a month as a PDF or an Excel workbook ({@code pdf}, {@code xlsx}), in the request's language. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a distributor's own statement")
    public StatementDocument myDocument(String period, String format) {
        String f = StatementDocument.format(format);
        return document(find(myDistributorId(), period), f);
    }

    /** A distributor's statement of a month as a PDF or an Excel workbook (distribution operations, finance). */
    @RequiresFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public StatementDocument document(long distributorId, String period, String format) {
        String f = StatementDocument.format(format);
        distributor(distributorId);
        return document(find(distributorId, period), f);
    }

    /** The caller agrees with its statement of a month. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a distributor's own statement")
    @Audited("DISTRIBUTION_STATEMENT_CONFIRM")
    public StatementView confirm(String period) {
        long d = myDistributorId();
        StatementRow row = locked(d, period);
        Instant now = clock.now();
        Statement s = row.toDomain();
        if (s.confirmsItselfAt(now)) {
            throw new SuanliException("distribution.statementMove", Statement.Status.CONFIRMED.name(), Statement.Status.CONFIRMED.name());
        }
        row.moved(s.confirm(), now, ctx.getCallerPrincipal().getName());
        return view(row, null);
    }

    /** A distributor's statements (distribution operations, finance). */
    @RequiresFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public List<StatementView> of(long distributorId, int first, int max) {
        distributor(distributorId);
        return list(distributorId, first, max);
    }

    /**
     * Finance records the payout of a confirmed statement (or one that confirmed itself): at most its closing, with the
     * payment's reference; only the distributor's latest statement (a later one carries this one's balance forward).
     */
    @RequiresFunction(StaffFunction.OPS_DISTRIBUTION_SETTLE)
    @Audited("DISTRIBUTION_STATEMENT_SETTLE")
    public StatementView settle(long distributorId, String period, Money amount, String reference) {
        distributor(distributorId);
        StatementRow row = locked(distributorId, period);
        Instant now = clock.now();
        if (repository.statementAfter(distributorId, row.period())) {
            throw new ConflictException("distribution.statementSuperseded", row.period());
        }
        Statement s = row.toDomain();
        String by = ctx.getCallerPrincipal().getName();
        if (s.confirmsItselfAt(now)) {
            s = s.confirm();
            row.moved(s, s.madeAt().plus(Statement.AUTO_CONFIRM), "system:auto-confirm");
        }
        if (reference != null && reference.length() > 100) {
            throw new SuanliException("validation.tooLong", "distribution.payoutReference", 100);
        }
        Statement settled = s.settle(amount, reference);
        row.moved(settled, now, by);
        repository.persist(new CommissionLineRow(Ids.next(), "P:" + distributorId + ":" + row.period(), new CommissionLine(distributorId,
                CommissionLine.Kind.PAYOUT, CommissionLine.Role.DIRECT, 0, settled.payoutReference(), row.closing(), BigDecimal.ZERO,
                settled.paidOut().negate()), null, null, row.period(), now));
        return view(row, null);
    }

    private StatementDocument document(StatementRow row, String format) {
        java.util.Locale locale = request.locale();
        List<CommissionView> lines = new java.util.ArrayList<>(CommissionService.views(customers, repository.lines(row.distributorId(),
                row.period(), row.period(), null, null, 0, 100_000)));
        java.util.Collections.reverse(lines); // in the order they were written
        return StatementDocument.of(format, view(row, null), customers.name(row.distributorId()), lines, settings.oem().systemName(locale), locale);
    }

    private List<StatementView> list(long distributorId, int first, int max) {
        return repository.statements(distributorId, first, max).stream().map(r -> view(r, null)).toList();
    }

    private StatementRow find(long distributorId, String period) {
        String p = CommissionService.month(period, "period");
        StatementRow row = p == null ? null : repository.statement(distributorId, p);
        if (row == null) {
            throw new NotFoundException("distribution.statementNotFound", String.valueOf(period));
        }
        return row;
    }

    private StatementRow locked(long distributorId, String period) {
        find(distributorId, period);
        return repository.statementLocked(distributorId, CommissionService.month(period, "period"));
    }

    private StatementView view(StatementRow r, String name) {
        Statement s = r.toDomain();
        Instant now = clock.now();
        String status = s.confirmsItselfAt(now) ? Statement.Status.CONFIRMED.name() : s.status().name();
        Instant auto = s.status() == Statement.Status.DRAFT ? s.madeAt().plus(Statement.AUTO_CONFIRM) : null;
        boolean autoConfirmed = auto != null && !now.isBefore(auto);
        return new StatementView(r.distributorId(), name, r.period(), s.opening(), s.accrued(), s.clawedBack(), s.closing(), r.lineCount(),
                status, s.madeAt(), auto, autoConfirmed ? auto : r.confirmedAt(), autoConfirmed ? "system:auto-confirm" : r.confirmedBy(),
                s.paidOut(), s.payoutReference(), r.settledAt(), r.settledBy());
    }

    private long myDistributorId() {
        Long id = me.me().customerId();
        if (id == null || repository.distributor(id) == null) {
            throw new NotFoundException("distribution.notADistributor", String.valueOf(id));
        }
        return id;
    }

    private DistributorRow distributor(long distributorId) {
        DistributorRow d = repository.distributor(distributorId);
        if (d == null) {
            throw new NotFoundException("distribution.notADistributor", String.valueOf(distributorId));
        }
        return d;
    }
}

package io.suanli.core.distribution.application;

import io.suanli.core.distribution.domain.CommissionLine;
import io.suanli.core.distribution.domain.Statement;
import io.suanli.core.distribution.infrastructure.CommissionLineRow;
import io.suanli.core.distribution.infrastructure.DistributionRepository;
import io.suanli.core.distribution.infrastructure.StatementRow;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The statement step of the monthly bill run (B2, SPEC §10), called by the job's batch artifacts inside the chunk
 * transactions: the distributors of one partition approved before the month ended, and one chunk of them given the
 * statement of the month — opening (what the previous statement carried forward, plus what months without a
 * statement earned), the month's accruals and clawbacks, the closing. Exactly once per distributor and period (the
 * unique key); a draft is made again with the same figures by a rerun or a restart, a confirmed or settled statement
 * is left as it is. A month still running gets no statement.
 */
@Stateless
@PermitAll
@RunAs(Roles.SYS_ADMIN)
@NoFunction("the bill run's statement step: the verified job parameters are its authority, and it runs as the platform")
public class StatementRunSteps {

    static final String MADE_BY = "system:bill-run";

    @Inject
    DistributionRepository repository;

    @Inject
    PlatformClock clock;

    /** The partition's distributors approved before the end of the month, after {@code after}, in id order. */
    public List<Long> distributors(String period, int partitions, int partition, long after) {
        YearMonth m = month(period);
        return repository.distributorsForRun(start(m.plusMonths(1)), partitions, partition, after);
    }

    /** Makes the statements of the month of a chunk of distributors; answers how many were made or made again. */
    public int make(String period, List<Long> distributorIds) {
        YearMonth m = month(period);
        Instant now = clock.now();
        if (now.isBefore(start(m.plusMonths(1)))) {
            return 0;
        }
        int made = 0;
        for (long d : distributorIds) {
            StatementRow row = repository.statementLocked(d, m.toString());
            if (row != null && (row.status() != Statement.Status.DRAFT || row.toDomain().confirmsItselfAt(now))) {
                continue;
            }
            Statement s = statement(d, m, now);
            int count = (int) repository.earnings(d, m.minusMonths(1).toString(), m.toString()).size();
            if (row == null) {
                repository.persist(new StatementRow(Ids.next(), s, count, MADE_BY));
            } else {
                row.remake(s, count, MADE_BY);
            }
            made++;
        }
        return made;
    }

    /** The statement of month {@code m} from the lines and the latest earlier statement. */
    Statement statement(long distributorId, YearMonth m, Instant now) {
        StatementRow previous = repository.statementBefore(distributorId, m.toString());
        Money opening = previous == null ? Money.ZERO : previous.toDomain().carriedForward();
        List<CommissionLine> month = new ArrayList<>();
        for (CommissionLineRow l : repository.earnings(distributorId, previous == null ? null : previous.period(), m.toString())) {
            if (l.period().equals(m.toString())) {
                month.add(l.toDomain());
            } else {
                opening = opening.plus(l.amount()); // a month without a statement of its own
            }
        }
        return Statement.of(distributorId, m, opening, month, now);
    }

    static YearMonth month(String period) {
        return YearMonth.parse(period);
    }

    static Instant start(YearMonth m) {
        return m.atDay(1).atStartOfDay(PlatformClock.ZONE).toInstant();
    }
}

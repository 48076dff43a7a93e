package io.suanli.core.marketing.application;

import io.suanli.core.marketing.domain.Batch;
import io.suanli.core.marketing.domain.GrantState;
import io.suanli.core.marketing.infrastructure.BatchRow;
import io.suanli.core.marketing.infrastructure.GrantRepository;
import io.suanli.core.marketing.infrastructure.GrantRow;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one way grants are made, by hand ({@link BatchService}) or on an event ({@link AutoGrants}): under the batch's
 * row lock, so concurrent grants never pass the quantity (the table's check and unique keys refuse it even so); a
 * grant asking for more than is left is refused whole; a customer already holding as many as the batch allows is
 * skipped; each grant notified.
 */
@Dependent
class GrantMaker {

    @Inject
    GrantRepository repository;

    @Inject
    GrantNotifier notifier;

    @Inject
    PlatformClock clock;

    GrantResult grant(long batchId, Set<Long> wanted, String by) {
        BatchRow row = repository.lockBatch(batchId);
        Batch b = row.toDomain();
        if (b.kind().byCodes()) {
            throw new SuanliException("marketing.rechargeByCodes", b.name());
        }
        Instant now = clock.now();
        if (!now.isBefore(b.validity().to())) {
            throw new SuanliException("marketing.batchExpired", b.name());
        }
        Map<Long, Long> held = repository.held(batchId, wanted);
        List<Long> skipped = new ArrayList<>();
        List<Long> to = new ArrayList<>();
        for (Long c : wanted) {
            (held.getOrDefault(c, 0L) >= b.perCustomer() ? skipped : to).add(c);
        }
        List<Long> granted = new ArrayList<>();
        if (!to.isEmpty()) {
            int seq = row.take(to.size());
            for (Long c : to) {
                GrantRow g = new GrantRow(Ids.next(), batchId, seq++, c, (int) (held.getOrDefault(c, 0L) + 1), GrantState.granted(b), now, by);
                repository.persist(g);
                granted.add(g.id());
                notifier.granted(c, b);
            }
        }
        return new GrantResult(granted, skipped);
    }
}

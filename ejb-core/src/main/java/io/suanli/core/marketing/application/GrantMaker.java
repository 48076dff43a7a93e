package io.suanli.core.marketing.application;

import io.suanli.core.marketing.domain.Batch;
import io.suanli.core.marketing.domain.GrantState;
import io.suanli.core.marketing.infrastructure.BatchRow;
import io.suanli.core.marketing.infrastructure.GrantRepository;
import io.suanli.core.marketing.infrastructure.GrantRow;
import io.suanli.core.marketing.infrastructure.PackItemRow;
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
 * skipped; each grant notified. A grant of an activity pack also grants its items.
 */
@Dependent
class GrantMaker {

    @Inject
    GrantRepository repository;

    @Inject
    GrantNotifier notifier;

    @Inject
    PlatformClock clock;

    /**
     * The items of a pack granted to each customer: every item batch locked in id order (so concurrent grants never
     * deadlock), its quantity taken for all of them at once (one item short refuses the whole grant, rolled back) and
     * one grant made per item and count, past the item's per-customer limit (the pack's own limit applies). Answers
     * what the pack holds, in words, for the notification.
     */
    private String grantItems(Batch pack, List<Long> customers, Instant now, String by) {
        List<String> contents = new ArrayList<>();
        for (PackItemRow i : repository.items(pack.id())) {
            BatchRow itemRow = repository.lockBatch(i.itemBatchId());
            Batch item = itemRow.toDomain();
            if (!now.isBefore(item.validity().to())) {
                throw new SuanliException("marketing.batchExpired", item.name());
            }
            Map<Long, Long> held = repository.held(item.id(), Set.copyOf(customers));
            int seq = itemRow.take(customers.size() * i.count());
            for (Long c : customers) {
                for (int k = 1; k <= i.count(); k++) {
                    repository.persist(new GrantRow(Ids.next(), item.id(), seq++, c, (int) (held.getOrDefault(c, 0L) + k), GrantState.granted(item), now, by));
                }
            }
            contents.add(item.name() + " ×" + i.count());
        }
        return String.join("、", contents);
    }

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
            }
            String contents = b.kind().isPack() ? grantItems(b, to, now, by) : null;
            to.forEach(c -> notifier.granted(c, b, contents));
        }
        return new GrantResult(granted, skipped);
    }
}

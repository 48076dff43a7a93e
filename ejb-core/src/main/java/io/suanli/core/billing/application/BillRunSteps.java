package io.suanli.core.billing.application;

import io.suanli.core.billing.domain.Bill;
import io.suanli.core.identity.application.CustomerDirectory;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.system.application.MessageService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The steps of the monthly bill run (B2), called by the job's batch artifacts inside the chunk transactions: the
 * customers of one partition (customer id modulo the partitions) with billed entries in the month, and one chunk of
 * them kept as bills by the code of {@link BillService#build} — then, once the month is over, the "bill ready"
 * message of each bill not yet notified, its {@code notified_at} set in the same transaction (so a rebuild, a
 * second run or a restart never sends it twice; a chunk rolled back sends nothing in-app and marks nothing).
 * The job runs without a caller; the verified job parameters are its authority, and it runs as the platform.
 */
@Stateless
@PermitAll
@RunAs(Roles.SYS_ADMIN)
public class BillRunSteps {

    static final String BUILT_BY = "system:bill-run";

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    PlatformClock clock;

    @Inject
    CustomerDirectory directory;

    @Inject
    MessageService messages;

    /** The partition's customers with billed entries in the month after {@code after}, in id order. */
    public List<Long> customers(String period, int partitions, int partition, long after) {
        YearMonth m = BillService.month(period);
        return em.createQuery("select distinct e.customerId from JournalEntry e where e.type in :t and e.createdAt >= :f "
                        + "and e.createdAt < :to and e.customerId > :a and mod(e.customerId, :n) = :i order by e.customerId", Long.class)
                .setParameter("t", Bills.BILLED).setParameter("f", Bills.start(m)).setParameter("to", Bills.start(m.plusMonths(1)))
                .setParameter("a", after).setParameter("n", (long) partitions).setParameter("i", (long) partition).getResultList();
    }

    /** Keeps one chunk of customers' bills of the month and notifies those not yet notified; answers the messages sent. */
    public int build(String period, List<Long> customers) {
        YearMonth m = BillService.month(period);
        Instant now = clock.now();
        boolean over = !now.isBefore(Bills.start(m.plusMonths(1))); // a month still running is kept, but not "ready"
        List<Bill> toNotify = new java.util.ArrayList<>();
        Bills.keep(em, customers, m, now, BUILT_BY, false, over ? toNotify : null);
        if (toNotify.isEmpty()) {
            return 0;
        }
        Set<String> channels = BillRunSettings.channels();
        Map<Long, List<CustomerDirectory.Contact>> contacts = directory.billingContacts(toNotify.stream().map(Bill::customerId).toList());
        int sent = 0;
        for (Bill b : toNotify) {
            Map<String, String> vars = Map.of("period", b.period(), "charged", b.charged().toString(), "refunded", b.refunded().toString(),
                    "total", b.total().toString());
            for (CustomerDirectory.Contact c : contacts.getOrDefault(b.customerId(), List.of())) {
                Locale zh = Locale.SIMPLIFIED_CHINESE;
                if (channels.contains("INAPP")) {
                    messages.inApp("BILL_READY", c.userId(), c.username(), zh, vars);
                    sent++;
                }
                if (channels.contains("SMS") && c.mobile() != null) {
                    messages.sms("BILL_READY", c.mobile(), zh, vars, c.userId());
                    sent++;
                }
                if (channels.contains("EMAIL") && c.email() != null) {
                    Map<String, String> withName = new java.util.HashMap<>(vars);
                    withName.put("name", c.displayName());
                    messages.email("BILL_READY", c.email(), zh, withName, c.userId());
                    sent++;
                }
            }
        }
        return sent;
    }
}

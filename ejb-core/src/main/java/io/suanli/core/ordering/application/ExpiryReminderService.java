package io.suanli.core.ordering.application;

import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.identity.application.CustomerContacts;
import io.suanli.core.ordering.domain.ExpiryReminder;
import io.suanli.core.ordering.domain.ReminderThresholds;
import io.suanli.core.ordering.domain.Resource;
import io.suanli.core.ordering.domain.ResourceStatus;
import io.suanli.core.ordering.domain.Terms;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.system.application.MessageService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Expiry reminders (B3), called by the daily {@code expiry-reminders} job: prepaid resources whose term ends within the
 * thresholds of {@code suanli.reminders.thresholds-days} (default {@code 7,3,1}) get one reminder per threshold by
 * in-app message, SMS and e-mail to the customer's administrators ({@link ReminderThresholds} picks the one due). The
 * row in {@code expiry_reminder} is written and flushed before anything is sent, in the same transaction as the
 * delivery log: its unique key makes a second run — or a run on another server at the same moment — send nothing.
 */
@Stateless
@NoFunction("platform: the expiry-reminder batch job")
@RolesAllowed(Roles.SYS_ADMIN)
public class ExpiryReminderService {

    public static final String TEMPLATE = "RESOURCE_EXPIRY_REMINDER";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(PlatformClock.ZONE);

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    PlatformClock clock;

    @Inject
    CustomerContacts contacts;

    @Inject
    MessageService messages;

    @Inject
    @ConfigProperty(name = "suanli.reminders.thresholds-days", defaultValue = "7,3,1")
    String thresholdsSetting;

    public ReminderThresholds thresholds() {
        return ReminderThresholds.parse(thresholdsSetting);
    }

    /** Active resources whose term ends within the largest threshold, with an id above {@code afterId}, ascending. */
    public List<Long> candidates(long afterId, int max) {
        Instant now = clock.now();
        return em.createQuery("select r.id from Resource r where r.status = :active and r.endsAt is not null and r.endsAt > :now "
                        + "and r.endsAt <= :horizon and r.id > :after order by r.id", Long.class)
                .setParameter("active", ResourceStatus.ACTIVE).setParameter("now", now)
                .setParameter("horizon", now.plus(Duration.ofDays(thresholds().horizonDays()))).setParameter("after", afterId)
                .setMaxResults(max).getResultList();
    }

    /** How many resources the job will look at now (the total it publishes). */
    public long countCandidates() {
        Instant now = clock.now();
        return em.createQuery("select count(r) from Resource r where r.status = :active and r.endsAt is not null and r.endsAt > :now "
                        + "and r.endsAt <= :horizon", Long.class)
                .setParameter("active", ResourceStatus.ACTIVE).setParameter("now", now)
                .setParameter("horizon", now.plus(Duration.ofDays(thresholds().horizonDays()))).getSingleResult();
    }

    /**
     * Sends the reminder due for one resource, if any; answers its threshold in days, or null when none was due. A
     * reminder another run recorded first makes this transaction fail on the unique key before anything is sent.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Integer remind(long resourceId) {
        Resource r = em.find(Resource.class, resourceId);
        if (r == null || r.status() != ResourceStatus.ACTIVE || !Terms.isPrepaid(r.billingMode()) || r.endsAt() == null) {
            return null;
        }
        Instant now = clock.now();
        List<Integer> sent = em.createQuery("select e.thresholdDays from ExpiryReminder e where e.resourceId = :r and e.termEnd = :end",
                Integer.class).setParameter("r", resourceId).setParameter("end", r.endsAt()).getResultList();
        OptionalInt due = thresholds().due(now, r.endsAt(), sent);
        if (due.isEmpty()) {
            return null;
        }
        ExpiryReminder reminder = new ExpiryReminder(Ids.next(), resourceId, r.endsAt(), due.getAsInt(), r.customerId(), now);
        em.persist(reminder);
        em.flush(); // the unique key decides before anything is sent
        Map<String, String> vars = Map.of("product", r.productCode(), "spec", r.specCode(), "resource", String.valueOf(r.id()),
                "endsAt", WHEN.format(r.endsAt()), "days", String.valueOf(ReminderThresholds.daysLeft(now, r.endsAt())),
                "threshold", String.valueOf(due.getAsInt()));
        int recipients = 0;
        for (CustomerContacts.Contact c : contacts.administrators(r.customerId())) {
            messages.inApp(TEMPLATE, c.userId(), c.username(), Locale.SIMPLIFIED_CHINESE, vars);
            if (c.mobile() != null) {
                messages.sms(TEMPLATE, c.mobile(), Locale.SIMPLIFIED_CHINESE, vars, c.userId());
            }
            if (c.email() != null) {
                messages.email(TEMPLATE, c.email(), Locale.SIMPLIFIED_CHINESE, vars, c.userId());
            }
            recipients++;
        }
        reminder.recipients(recipients);
        return due.getAsInt();
    }
}

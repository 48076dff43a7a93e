package io.suanli.core.system.application;

import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.system.domain.JobLease;
import io.suanli.core.shared.application.RealTime;
import jakarta.inject.Inject;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The database lease that lets one start of a job run at a time in the whole cluster (B1–B3 scheduling). Each
 * acquisition gets its own holder token ({@code node/random}), so two starts on the same node race exactly like two
 * starts on two nodes: the conditional {@code UPDATE … WHERE holder IS NULL OR leased_until < now} (or, the first
 * time, the {@code INSERT} whose duplicate key loses) lets one win. Every call is a short transaction of its own, so a
 * lease is visible to the other nodes at once. Times are real time (not the movable business clock).
 */
@Stateless
@NoFunction("platform: the batch jobs' leases in the cluster")
@RolesAllowed(Roles.SYS_ADMIN)
public class JobLeases {

    /** This server: {@code jboss.node.name} (or the host name) and the process id. */
    public static final String NODE = node();

    @Inject
    RealTime time;

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Resource
    SessionContext ctx;

    /** What a lease row says. */
    public record LeaseView(String job, String holder, Long executionId, Instant leasedUntil, Instant lastScheduled, boolean held) {

        /** Whether the holder is a start on this server. */
        public boolean heldHere() {
            return held && holder != null && holder.startsWith(NODE + "/");
        }
    }

    /** Takes the lease of {@code job} for {@code ttl} if nobody holds it; answers the holder token when won. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<String> tryAcquire(String job, Duration ttl) {
        String token = NODE + "/" + UUID.randomUUID().toString().substring(0, 8);
        JobLeases self = ctx.getBusinessObject(JobLeases.class);
        Instant now = now();
        if (self.take(job, token, now, now.plus(ttl)) == 1) {
            return Optional.of(token);
        }
        if (self.find(job).isPresent()) {
            return Optional.empty();
        }
        try {
            self.create(job, token, now.plus(ttl));
            return Optional.of(token);
        } catch (EJBException | PersistenceException e) {
            return Optional.empty(); // another start inserted the row first: it won
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int take(String job, String token, Instant now, Instant until) {
        return em.createQuery("update JobLease l set l.holder = :h, l.executionId = null, l.leasedUntil = :u, l.version = l.version + 1 "
                        + "where l.jobName = :j and (l.holder is null or l.leasedUntil < :now)")
                .setParameter("h", token).setParameter("u", until).setParameter("j", job).setParameter("now", now).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String job, String token, Instant until) {
        em.persist(new JobLease(job, token, until));
        em.flush();
    }

    /** Notes the execution the holder started (the lease then follows that execution). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean attach(String job, String token, long executionId) {
        return em.createQuery("update JobLease l set l.executionId = :e, l.version = l.version + 1 where l.jobName = :j and l.holder = :h")
                .setParameter("e", executionId).setParameter("j", job).setParameter("h", token).executeUpdate() == 1;
    }

    /** Extends a lease still held by {@code token}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean renew(String job, String token, Duration ttl) {
        return em.createQuery("update JobLease l set l.leasedUntil = :u, l.version = l.version + 1 where l.jobName = :j and l.holder = :h")
                .setParameter("u", now().plus(ttl)).setParameter("j", job).setParameter("h", token).executeUpdate() == 1;
    }

    /** Gives a lease back (only its holder can). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean release(String job, String token) {
        return em.createQuery("update JobLease l set l.holder = null, l.leasedUntil = :now, l.version = l.version + 1 "
                        + "where l.jobName = :j and l.holder = :h")
                .setParameter("now", now()).setParameter("j", job).setParameter("h", token).executeUpdate() == 1;
    }

    /** Gives back the lease that follows {@code executionId} (the execution ended). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean releaseExecution(String job, long executionId) {
        return em.createQuery("update JobLease l set l.holder = null, l.leasedUntil = :now, l.version = l.version + 1 "
                        + "where l.jobName = :j and l.executionId = :e and l.holder is not null")
                .setParameter("now", now()).setParameter("j", job).setParameter("e", executionId).executeUpdate() == 1;
    }

    /** Records the schedule slot a holder started (read again under the lease, so a slot starts once in the cluster). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean markScheduled(String job, String token, Instant slot) {
        return em.createQuery("update JobLease l set l.lastScheduled = :s, l.version = l.version + 1 where l.jobName = :j and l.holder = :h")
                .setParameter("s", slot).setParameter("j", job).setParameter("h", token).executeUpdate() == 1;
    }

    /**
     * Sets the last schedule slot of a job that has none yet (a new installation, or a schedule switched on): the
     * scheduler starts at the next slot rather than catching up on one that passed before it knew the job.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void seedSchedule(String job, Instant slot) {
        JobLeases self = ctx.getBusinessObject(JobLeases.class);
        if (self.find(job).isEmpty()) {
            try {
                self.create(job, null, Instant.EPOCH);
            } catch (EJBException | PersistenceException e) {
                // created at the same moment by another node
            }
        }
        self.seed(job, slot);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int seed(String job, Instant slot) {
        return em.createQuery("update JobLease l set l.lastScheduled = :s, l.version = l.version + 1 where l.jobName = :j and l.lastScheduled is null")
                .setParameter("s", slot).setParameter("j", job).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<LeaseView> find(String job) {
        return Optional.ofNullable(em.find(JobLease.class, job)).map(l -> view(l, now()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<LeaseView> all() {
        Instant now = now();
        return em.createQuery("select l from JobLease l order by l.jobName", JobLease.class).getResultList().stream().map(l -> view(l, now)).toList();
    }

    private static LeaseView view(JobLease l, Instant now) {
        return new LeaseView(l.jobName(), l.holder(), l.executionId(), l.leasedUntil(), l.lastScheduled(), l.heldAt(now));
    }

    private Instant now() {
        return time.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String node() {
        String name = System.getProperty("jboss.node.name");
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                name = "node";
            }
        }
        String pid = ManagementFactory.getRuntimeMXBean().getName();
        int at = pid.indexOf('@');
        return name + ":" + (at > 0 ? pid.substring(0, at) : pid);
    }
}

package io.suanli.core.system.application;

import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.system.domain.Notification;
import io.suanli.core.shared.application.RealTime;
import jakarta.inject.Inject;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The notification center (the bell) of the calling user: unread count, latest messages, mark as read. */
@Stateless
@RolesAllowed({Roles.CUSTOMER, Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES, Roles.SYS_ADMIN})
public class NotificationService {

    /** One notification as the bell shows it. */
    public record Item(long id, Instant at, String title, String body, boolean read) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    @Inject
    RealTime time;

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Resource
    SessionContext ctx;

    @NoFunction("the caller's own notifications")
    public long unread() {
        return em.createQuery("select count(n) from Notification n where n.username = :u and n.readAt is null", Long.class)
                .setParameter("u", me()).getSingleResult();
    }

    @NoFunction("the caller's own notifications")
    public List<Item> latest(int max) {
        return em.createQuery("select n from Notification n where n.username = :u order by n.id desc", Notification.class)
                .setParameter("u", me()).setMaxResults(Math.min(Math.max(max, 1), 50)).getResultList().stream()
                .map(n -> new Item(n.id(), n.createdAt(), n.title(), n.body(), n.readAt() != null)).toList();
    }

    @NoFunction("the caller's own notifications")
    public void markAllRead() {
        Instant now = time.now();
        em.createQuery("select n from Notification n where n.username = :u and n.readAt is null", Notification.class)
                .setParameter("u", me()).getResultList().forEach(n -> n.read(now));
    }

    private String me() {
        return ctx.getCallerPrincipal().getName();
    }
}

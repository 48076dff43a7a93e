package io.suanli.core.analytics.application;

import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Money;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * The analytics context's read-only queries (SPEC §12): plain SQL over the other contexts' tables, never their
 * classes, so reading for dashboards couples nothing. Today is the platform's day (business clock, platform time zone).
 */
@Stateless
@RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
public class DashboardService {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    PlatformClock clock;

    /** The operations home figures of today. */
    @NoFunction("the home page every operations role opens; figures only, no customer's data")
    public OpsDashboard ops() {
        LocalDate today = clock.today();
        Timestamp from = Timestamp.from(today.atStartOfDay(clock.zone()).toInstant());
        Timestamp to = Timestamp.from(today.plusDays(1).atStartOfDay(clock.zone()).toInstant());
        long orders = count("select count(*) from orders where created_at >= ?1 and created_at < ?2", from, to);
        Object revenue = em.createNativeQuery("select coalesce(sum(case when entry_type = 'CONSUMPTION' then amount else -amount end), 0) "
                + "from journal_entry where entry_type in ('CONSUMPTION', 'REFUND') and created_at >= ?1 and created_at < ?2")
                .setParameter(1, from).setParameter(2, to).getSingleResult();
        return new OpsDashboard(orders, Money.of(new BigDecimal(String.valueOf(revenue))),
                count("select count(*) from real_name_verification where status = 'SUBMITTED'"),
                count("select count(*) from orders where status = 'AWAITING_ACCEPTANCE'"),
                count("select count(*) from orders where status = 'AWAITING_APPROVAL'"),
                count("select count(*) from ticket where status not in ('RESOLVED', 'CLOSED')"),
                count("select count(*) from invoice where status = 'PENDING'"));
    }

    private long count(String sql, Object... params) {
        jakarta.persistence.Query q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }
}

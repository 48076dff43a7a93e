package io.suanli.core.service.infrastructure;

import io.suanli.core.shared.domain.InvoicedSource;
import io.suanli.core.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The bills' invoiced column: issued invoices of the month (by issue date) less the month's red-letter invoices. */
@ApplicationScoped
public class InvoicedPerMonth implements InvoicedSource {

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Override
    public Money invoicedIn(long customerId, YearMonth month) {
        java.time.LocalDate from = month.atDay(1);
        java.time.LocalDate to = month.plusMonths(1).atDay(1);
        BigDecimal issued = em.createQuery("select sum(i.amount) from InvoiceRow i where i.customerId = :c and i.status = :s "
                        + "and i.issuedOn >= :f and i.issuedOn < :t", BigDecimal.class).setParameter("c", customerId)
                .setParameter("s", io.suanli.core.service.domain.InvoiceStatus.APPROVED).setParameter("f", from).setParameter("t", to).getSingleResult();
        BigDecimal reversed = em.createQuery("select sum(r.amount) from RedLetterRow r where r.customerId = :c and r.issuedOn >= :f and r.issuedOn < :t",
                BigDecimal.class).setParameter("c", customerId).setParameter("f", from).setParameter("t", to).getSingleResult();
        return Money.of(issued == null ? BigDecimal.ZERO : issued).minus(Money.of(reversed == null ? BigDecimal.ZERO : reversed));
    }
}

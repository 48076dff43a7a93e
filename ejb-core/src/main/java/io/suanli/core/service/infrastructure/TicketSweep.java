package io.suanli.core.service.infrastructure;

import io.suanli.core.service.application.TicketService;
import io.suanli.core.shared.domain.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every minute: the tickets' SLA breaches flagged and told once, and tickets resolved seven days ago closed ({@link TicketService#sweep}). */
@Singleton
@DependsOn("DatabaseMigration")
@PermitAll
@RunAs(Roles.SYS_ADMIN)
public class TicketSweep {

    private static final Logger LOG = Logger.getLogger(TicketSweep.class.getName());

    @Inject
    TicketService tickets;

    @Schedule(hour = "*", minute = "*", second = "40", persistent = false, info = "ticket SLA and auto-close")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        try {
            tickets.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ticket sweep failed, next minute again", e);
        }
    }
}

package io.suanli.core.ordering.infrastructure;

import io.suanli.core.ordering.application.ResourceLifecycleService;
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

/** Every five minutes: resources at their end expire, then freeze, then are released; arrears are collected. */
@Singleton
@DependsOn("DatabaseMigration")
@PermitAll
@RunAs(Roles.SYS_ADMIN)
public class ResourceLifecycleTimer {

    private static final Logger LOG = Logger.getLogger(ResourceLifecycleTimer.class.getName());

    @Inject
    ResourceLifecycleService lifecycle;

    @Schedule(hour = "*", minute = "*/5", second = "15", persistent = false, info = "resource lifecycle")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        try {
            lifecycle.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "resource lifecycle sweep failed, next time again", e);
        }
    }
}

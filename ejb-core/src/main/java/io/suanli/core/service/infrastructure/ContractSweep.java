package io.suanli.core.service.infrastructure;

import io.suanli.core.service.application.ContractService;
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

/** Every hour: contracts' credit lines from their start day, and their end once the end day passed ({@link ContractService#sweep}). */
@Singleton
@DependsOn("DatabaseMigration")
@PermitAll
@RunAs(Roles.SYS_ADMIN)
public class ContractSweep {

    private static final Logger LOG = Logger.getLogger(ContractSweep.class.getName());

    @Inject
    ContractService contracts;

    @Schedule(hour = "*", minute = "1", second = "5", persistent = false, info = "contract start and end")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        try {
            contracts.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "contract sweep failed, next hour again", e);
        }
    }
}

package io.suanli.batch.jobs;

import io.suanli.core.shared.domain.Roles;
import io.suanli.core.system.application.JobLeases;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Gives a job's lease back for batch threads, whatever identity they run with (run as the platform). */
@Stateless
@PermitAll
@RunAs(Roles.SYS_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LeaseKeeper {

    @Inject
    JobLeases leases;

    public boolean release(String job, String token, long executionId) {
        boolean released = token != null && leases.release(job, token);
        return released || leases.releaseExecution(job, executionId);
    }
}

package io.suanli.batch.jobs;

import io.suanli.core.system.application.JobLeases.LeaseView;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a running execution counts as abandoned by a dead server. */
class JobRecoveryTest {

    static final String HERE = "node-a:4242";

    static LeaseView lease(String holder, boolean held) {
        return new LeaseView("bill-run", holder, 7L, Instant.parse("2026-12-03T10:00:00Z"), null, held);
    }

    @Test
    void noLeaseOrOneNobodyHoldsAnyMoreIsAbandoned() {
        assertTrue(JobRecovery.abandoned(null, HERE));
        assertTrue(JobRecovery.abandoned(lease(null, false), HERE));
        assertTrue(JobRecovery.abandoned(lease("node-b:17/abc", false), HERE), "ran out: its holder stopped renewing");
    }

    @Test
    void aLeaseOfAnEarlierProcessOfThisNodeIsAbandoned() {
        assertTrue(JobRecovery.abandoned(lease("node-a:4100/abc", true), HERE), "same node, another process: killed and started again");
    }

    @Test
    void aLeaseOfThisProcessOrOfAnotherLiveNodeIsAlive() {
        assertFalse(JobRecovery.abandoned(lease("node-a:4242/abc", true), HERE), "a start of this process in progress");
        assertFalse(JobRecovery.abandoned(lease("node-b:4100/abc", true), HERE), "another node renews it");
        assertFalse(JobRecovery.abandoned(lease("node-a-2:4100/abc", true), HERE), "a node whose name only starts alike");
    }
}

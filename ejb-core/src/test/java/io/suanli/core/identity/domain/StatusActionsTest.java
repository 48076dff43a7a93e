package io.suanli.core.identity.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the verification queue and the staff / sub-user lists offer, from the statuses' {@code actions()}. */
class StatusActionsTest {

    @Test
    void aVerificationIsReviewedOnlyWhileSubmitted() {
        assertEquals(List.of("REVIEW"), RealNameVerification.Status.SUBMITTED.actions());
        assertEquals(List.of(), RealNameVerification.Status.APPROVED.actions());
        assertEquals(List.of(), RealNameVerification.Status.REJECTED.actions());
        assertEquals(3, RealNameVerification.Status.values().length);
    }

    @Test
    void anActiveAccountIsDisabledAnyOtherEnabled() {
        assertEquals(List.of("DISABLE"), UserAccount.Status.ACTIVE.actions());
        assertEquals(List.of("ENABLE"), UserAccount.Status.LOCKED.actions());
        assertEquals(List.of("ENABLE"), UserAccount.Status.DISABLED.actions());
        assertEquals(3, UserAccount.Status.values().length);
    }
}

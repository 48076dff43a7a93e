package io.suanli.integration.hcso;

import java.util.Locale;

/** Our reading of a pool's {@code status.phase}. */
public enum PoolStatus {
    /** Being created, scaled or otherwise not yet usable ({@code Creating}, {@code Waiting}, {@code Scaling}…). */
    PENDING,
    /** Usable ({@code Running}). */
    READY,
    /** Broken: {@code Abnormal}, {@code Error}, {@code Failed}. */
    FAILED,
    /** Being deleted ({@code Deleting}). */
    DELETING;

    /** Maps a ModelArts phase; an unknown or missing phase is PENDING (polling goes on until the time limit). */
    public static PoolStatus fromPhase(String phase) {
        if (phase == null) {
            return PENDING;
        }
        return switch (phase.toLowerCase(Locale.ROOT)) {
            case "running" -> READY;
            case "abnormal", "error", "failed", "createfailed" -> FAILED;
            case "deleting" -> DELETING;
            default -> PENDING;
        };
    }
}

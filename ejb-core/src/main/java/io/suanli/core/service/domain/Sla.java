package io.suanli.core.service.domain;

import io.suanli.core.shared.domain.SuanliException;

import java.time.Duration;

/**
 * The service levels of a severity (SPEC §11): the time to the first response and to the resolution, counted while the
 * clock runs ({@link TicketStatus#clockRuns}). Defaults: severity 1 — 1 h / 4 h, 2 — 4 h / 24 h, 3 — 8 h / 72 h,
 * 4 — 24 h / 7 days.
 */
public record Sla(int severity, Duration firstResponse, Duration resolution) {

    public static Sla of(int severity) {
        return switch (severity) {
            case 1 -> new Sla(1, Duration.ofHours(1), Duration.ofHours(4));
            case 2 -> new Sla(2, Duration.ofHours(4), Duration.ofHours(24));
            case 3 -> new Sla(3, Duration.ofHours(8), Duration.ofHours(72));
            case 4 -> new Sla(4, Duration.ofHours(24), Duration.ofDays(7));
            default -> throw new SuanliException("ticket.severityInvalid", severity);
        };
    }
}

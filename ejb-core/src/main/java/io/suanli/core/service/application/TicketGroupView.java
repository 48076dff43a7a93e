package io.suanli.core.service.application;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A handling group as the system console and the API show it. */
public record TicketGroupView(String code, String ticketType, String nameZh, String nameEn, List<String> members, boolean roundRobin,
                              Instant updatedAt, String updatedBy) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}

package io.suanli.core.service.application;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A ticket as pages and the API show it, with its SLA clocks read at the time of the view (due times are null while
 * a clock stands: waiting for the customer, resolved or closed), its thread (internal notes only for staff) and the
 * verbs the caller may use now, from the status's transition table.
 */
public record TicketView(String ticketNo, long customerId, String customerName, String type, int severity, String subject, Long resourceId,
                         String status, String groupCode, String assignee, Instant createdAt, String createdBy, Instant firstResponseAt,
                         Instant resolvedAt, Instant closedAt, String resolution, Integer rating, String ratingComment,
                         Instant responseDue, boolean responseBreached, Instant resolutionDue, boolean resolutionBreached, long resolutionMinutes,
                         boolean paused, List<MessageView> messages, List<String> actions) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One message of the thread. */
    public record MessageView(String author, boolean staff, boolean internal, String body, Instant at) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    public boolean can(String action) {
        return actions.contains(action);
    }

    public boolean breached() {
        return responseBreached || resolutionBreached;
    }
}

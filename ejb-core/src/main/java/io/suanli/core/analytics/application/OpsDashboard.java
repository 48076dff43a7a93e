package io.suanli.core.analytics.application;

import io.suanli.core.shared.domain.Money;

import java.io.Serial;
import java.io.Serializable;

/**
 * The operations home figures (O2, SPEC §12): orders placed today and today's revenue (consumption charged less refunds,
 * in the platform time zone), and what waits for someone: real-name verifications to review, orders to accept and to
 * approve, tickets not resolved, invoice requests to review.
 */
public record OpsDashboard(long todayOrders, Money todayRevenue, long pendingVerifications, long pendingAcceptances, long pendingApprovals,
                           long openTickets, long pendingInvoices) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}

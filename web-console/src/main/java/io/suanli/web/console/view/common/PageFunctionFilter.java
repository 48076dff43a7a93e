package io.suanli.web.console.view.common;

import io.suanli.core.identity.application.RoleService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/**
 * Console pages that need a configured function (S1): a user whose roles are not granted it gets the 403 page
 * before the page is built. The area constraints of web.xml still apply first; the services check again.
 */
@WebFilter(urlPatterns = {"/ops/*", "/system/*"})
public class PageFunctionFilter extends HttpFilter {

    static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("/ops/verifications.xhtml", "ops.verification.view"),
            Map.entry("/ops/products.xhtml", "ops.catalog.view"),
            Map.entry("/ops/product.xhtml", "ops.catalog.view"),
            Map.entry("/ops/pricing.xhtml", "ops.catalog.view"),
            Map.entry("/ops/catalog-basics.xhtml", "ops.catalog.view"),
            Map.entry("/ops/quotas.xhtml", "ops.quota.view"),
            Map.entry("/ops/ledger.xhtml", "ops.finance.view"),
            Map.entry("/ops/orders.xhtml", "ops.order.view"),
            Map.entry("/ops/bills.xhtml", "ops.finance.view"),
            Map.entry("/ops/order.xhtml", "ops.order.view"),
            Map.entry("/ops/marketing.xhtml", "ops.marketing.view"),
            Map.entry("/ops/coupon-batches.xhtml", "ops.marketing.view"),
            Map.entry("/ops/distributors.xhtml", "ops.distribution.view"),
            Map.entry("/ops/invoices.xhtml", "ops.invoice.view"),
            Map.entry("/ops/tickets.xhtml", "ops.ticket.view"),
            Map.entry("/ops/contracts.xhtml", "ops.contract.view"),
            Map.entry("/system/quotas.xhtml", "system.quota.edit"),
            Map.entry("/system/cloud-accounts.xhtml", "system.cloud.manage"),
            Map.entry("/system/sdr.xhtml", "system.sdr.view"),
            Map.entry("/system/jobs.xhtml", "system.jobs.manage"),
            Map.entry("/system/ticket-groups.xhtml", "system.tickets.manage"),
            Map.entry("/system/staff.xhtml", "system.org.view"),
            Map.entry("/system/roles.xhtml", "system.roles.manage"),
            Map.entry("/system/security.xhtml", "system.security.edit"),
            Map.entry("/system/templates.xhtml", "system.templates.edit"),
            Map.entry("/system/messages.xhtml", "system.messages.view"),
            Map.entry("/system/audit.xhtml", "system.audit.view"));

    @Inject
    RoleService roles;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String function = PAGES.get(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
        if (function != null && request.getUserPrincipal() != null && !roles.myFunctions().contains(function)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}

package io.suanli.web.console.view.ops;

import io.suanli.core.service.application.TicketGroupView;
import io.suanli.core.service.application.TicketService;
import io.suanli.core.service.application.TicketView;
import io.suanli.web.console.view.common.ConsoleBean;
import io.suanli.web.console.view.common.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /console/ops/tickets.xhtml} (O6, SPEC §11): the ticket workbench — the queue by group and status, the caller's
 * own, the breached ones, still open — and one ticket with its whole thread: reply (or an internal note, or a question
 * that waits for the customer), resolve, and for dispatchers assign.
 */
@Named
@ViewScoped
public class TicketsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient TicketService tickets;

    @Inject
    transient ConsoleBean console;

    private List<TicketGroupView> groups = List.of();
    private String group;
    private String status;
    private boolean mine;
    private boolean breached;
    private boolean open = true;
    private TicketView selected;
    private String reply;
    private boolean internal;
    private boolean waitForCustomer;
    private String assignee;
    private String resolution;
    private final PagedModel<TicketView> rows = new PagedModel<>(page -> tickets.queue(group, status, null, mine, breached, open, null, page[0], page[1]),
            TicketView::ticketNo);

    @PostConstruct
    void load() {
        console.act(() -> groups = tickets.queueGroups(), null);
    }

    public void select(TicketView v) {
        console.act(() -> show(tickets.of(v.ticketNo())), null);
    }

    public void send() {
        if (console.act(() -> show(tickets.reply(selected.ticketNo(), reply, internal, waitForCustomer)), "ticket.replied")) {
            reply = null;
            internal = false;
            waitForCustomer = false;
        }
    }

    public void assign() {
        console.act(() -> show(tickets.assign(selected.ticketNo(), assignee)), "ticket.assigned");
    }

    public void resolve() {
        if (console.act(() -> show(tickets.resolve(selected.ticketNo(), resolution)), "ticket.resolvedMessage")) {
            resolution = null;
        }
    }

    private void show(TicketView v) {
        selected = v;
        assignee = v.assignee();
    }

    public PagedModel<TicketView> getRows() { return rows; }
    public List<TicketGroupView> getGroups() { return groups; }
    public TicketView getSelected() { return selected; }
    public String getGroup() { return group; }
    public void setGroup(String v) { group = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public boolean isMine() { return mine; }
    public void setMine(boolean v) { mine = v; }
    public boolean isBreached() { return breached; }
    public void setBreached(boolean v) { breached = v; }
    public boolean isOpen() { return open; }
    public void setOpen(boolean v) { open = v; }
    public String getReply() { return reply; }
    public void setReply(String v) { reply = v; }
    public boolean isInternal() { return internal; }
    public void setInternal(boolean v) { internal = v; }
    public boolean isWaitForCustomer() { return waitForCustomer; }
    public void setWaitForCustomer(boolean v) { waitForCustomer = v; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String v) { assignee = v; }
    public String getResolution() { return resolution; }
    public void setResolution(String v) { resolution = v; }
}

package io.suanli.web.console.view.user;

import io.suanli.core.service.application.TicketForm;
import io.suanli.core.service.application.TicketService;
import io.suanli.core.service.application.TicketView;
import io.suanli.web.console.view.common.ConsoleBean;
import io.suanli.web.console.view.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/**
 * {@code /console/user/tickets.xhtml} (U10, SPEC §11): 我的工单 — a new ticket (type, severity, subject, description), the
 * customer's tickets with their state and SLA, and one opened with its thread: reply, close with a 1–5 rating, reopen
 * within seven days of its resolution, rate one that closed itself.
 */
@Named
@ViewScoped
public class MyTicketsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient TicketService tickets;

    @Inject
    transient ConsoleBean console;

    private String type = "TECHNICAL";
    private Integer severity = 3;
    private String subject;
    private String body;
    private String status;
    private TicketView selected;
    private String reply;
    private Integer rating;
    private String comment;
    private final PagedModel<TicketView> rows = new PagedModel<>(page -> tickets.mine(status, page[0], page[1]), TicketView::ticketNo);

    public void open() {
        TicketForm form = new TicketForm(type, severity, subject, body, null);
        TicketView[] t = new TicketView[1];
        if (console.act(() -> t[0] = tickets.open(form), "ticket.opened")) {
            subject = null;
            body = null;
            show(t[0]);
        }
    }

    public void select(TicketView v) {
        console.act(() -> show(tickets.mine(v.ticketNo())), null);
    }

    public void send() {
        if (console.act(() -> show(tickets.reply(selected.ticketNo(), reply)), "ticket.replied")) {
            reply = null;
        }
    }

    public void close() {
        console.act(() -> show(tickets.close(selected.ticketNo(), rating, comment)), "ticket.closedMessage");
    }

    public void rate() {
        console.act(() -> show(tickets.rate(selected.ticketNo(), rating, comment)), "ticket.rated");
    }

    public void reopen() {
        if (console.act(() -> show(tickets.reopen(selected.ticketNo(), reply)), "ticket.reopened")) {
            reply = null;
        }
    }

    private void show(TicketView v) {
        selected = v;
        rating = null;
        comment = null;
    }

    public PagedModel<TicketView> getRows() { return rows; }
    public TicketView getSelected() { return selected; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public Integer getSeverity() { return severity; }
    public void setSeverity(Integer v) { severity = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getReply() { return reply; }
    public void setReply(String v) { reply = v; }
    public Integer getRating() { return rating; }
    public void setRating(Integer v) { rating = v; }
    public String getComment() { return comment; }
    public void setComment(String v) { comment = v; }
}

package io.suanli.core.service.application;

import io.suanli.core.identity.application.CustomerDirectory;
import io.suanli.core.identity.application.MeService;
import io.suanli.core.identity.application.RoleService;
import io.suanli.core.service.domain.Sla;
import io.suanli.core.service.domain.SlaClock;
import io.suanli.core.service.domain.TicketStatus;
import io.suanli.core.service.domain.TicketType;
import io.suanli.core.service.infrastructure.TicketGroupRow;
import io.suanli.core.service.infrastructure.TicketMessageRow;
import io.suanli.core.service.infrastructure.TicketMoveRow;
import io.suanli.core.service.infrastructure.TicketRepository;
import io.suanli.core.service.infrastructure.TicketRow;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.ForbiddenException;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.NoFunction;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.shared.domain.Validation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tickets (工单, SPEC §11, U10, O6). The customer opens one (type, severity, subject, description, optionally one of its
 * resources), replies, closes it with a 1–5 rating, and reopens it within seven days of its resolution. Each type has a
 * handling group; a new ticket goes to the next member in turn when the group deals them out (round-robin), else waits
 * for a dispatcher. Staff reply (an internal note stays among staff; a reply may ask the customer and pause the SLA
 * clocks) and resolve. The clocks are read from the ticket's own moves ({@link SlaClock}); every minute
 * {@link #sweep} flags and announces breaches once and closes what was resolved seven days ago.
 */
@Stateless
@RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
public class TicketService {

    /** A resolved ticket may be reopened this long, and closes itself after it. */
    public static final Duration REOPEN_WINDOW = Duration.ofDays(7);

    private static final Set<TicketStatus.Verb> CUSTOMER_VERBS = EnumSet.of(TicketStatus.Verb.REOPEN, TicketStatus.Verb.CLOSE);
    private static final Set<TicketStatus.Verb> STAFF_VERBS = EnumSet.of(TicketStatus.Verb.ASSIGN, TicketStatus.Verb.RESOLVE);

    @Inject
    TicketRepository tickets;

    @Inject
    MeService me;

    @Inject
    RoleService roles;

    @Inject
    CustomerDirectory customers;

    @Inject
    io.suanli.core.ordering.application.ResourceService resources;

    @Inject
    PlatformClock clock;

    @Inject
    TicketNotices notices;

    @Resource
    SessionContext ctx;

    // ---- the customer's side

    /** Opens a ticket for the caller's customer; dealt to the next member of its group when the group deals them out. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own tickets")
    @Audited("TICKET_OPEN")
    public TicketView open(TicketForm form) {
        long customerId = myCustomer();
        if (form == null) {
            throw new SuanliException("validation.required", "ticket.type");
        }
        TicketType type = TicketType.parse(form.type());
        if (form.severity() == null) {
            throw new SuanliException("validation.required", "ticket.severity");
        }
        Sla.of(form.severity());
        String subject = Validation.requiredText(form.subject(), 200, "ticket.subject");
        String body = Validation.requiredText(form.body(), 4000, "ticket.body");
        if (form.resourceId() != null) {
            resources.mine(form.resourceId()); // another customer's resource is not found
        }
        TicketGroupRow group = tickets.groupOf(type);
        group = tickets.groupLocked(group.code());
        Instant now = clock.now();
        String by = caller();
        TicketRow t = new TicketRow(Ids.next(), number(now), customerId, type, form.severity(), subject, form.resourceId(), group.code(), now, by);
        tickets.persist(t);
        tickets.persist(new TicketMoveRow(Ids.next(), t.id(), TicketStatus.Verb.OPEN, TicketStatus.NEW, now, by));
        tickets.persist(new TicketMessageRow(Ids.next(), t.id(), by, false, false, body, now));
        String turn = group.nextInTurn();
        Map<String, String> vars = vars(t);
        if (turn != null && notices.activeStaff(List.of(turn)).contains(turn)) {
            t.assignTo(turn);
            tickets.persist(t.move(Ids.next(), TicketStatus.Verb.ASSIGN, now, "system:round-robin"));
            notices.staff("TICKET_ASSIGNED", List.of(turn), vars);
        } else {
            notices.staff("TICKET_OPENED", group.members(), vars);
        }
        return view(t, false, true);
    }

    /** The caller's customer's tickets, newest first, optionally in one status. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own tickets")
    public Page<TicketView> mine(String status, int first, int max) {
        return page(new TicketRepository.Filter(myCustomer(), null, status(status), null, null, false, null), first, max, false);
    }

    /** One of the caller's customer's tickets with its thread (no internal notes); another customer's is not found. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own tickets")
    public TicketView mine(String ticketNo) {
        return view(own(ticketNo), false, true);
    }

    /** The customer writes on its ticket; an answer to a question of staff starts the clocks again. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own tickets")
    @Audited("TICKET_CUSTOMER_REPLY")
    public TicketView reply(String ticketNo, String body) {
        TicketRow t = tickets.locked(own(ticketNo).id());
        if (t.status() == TicketStatus.CLOSED || t.status() == TicketStatus.RESOLVED) {
            throw new SuanliException("ticket.replyClosed", t.ticketNo(), t.status().name());
        }
        String text = Validation.requiredText(body, 4000, "ticket.body");
        Instant now = clock.now();
        tickets.persist(new TicketMessageRow(Ids.next(), t.id(), caller(), false, false, text, now));
        if (t.status() == TicketStatus.WAITING_CUSTOMER) {
            tickets.persist(t.move(Ids.next(), TicketStatus.Verb.ANSWER, now, caller()));
        }
        notices.staff("TICKET_CUSTOMER_REPLIED", t.assignee() != null ? List.of(t.assignee()) : tickets.group(t.groupCode()).members(), vars(t));
        return view(t, false, true);
    }

    /** The customer closes its ticket (confirms the resolution, or no longer needs it), with an optional 1–5 rating. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own tickets")
    @Audited("TICKET_CLOSE")
    public TicketView close(String ticketNo, Integer rating, String comment) {
        TicketRow t = tickets.locked(own(ticketNo).id());
        String c = Validation.optionalText(comment, 500, "ticket.ratingComment");
        if (rating != null) {
            Validation.range(rating, 1, 5, "ticket.rating");
        }
        tickets.persist(t.move(Ids.next(), TicketStatus.Verb.CLOSE, clock.now(), caller()));
        if (rating != null) {
            t.rate(rating, c);
        }
        return view(t, false, true);
    }

    /** Rates a closed ticket not rated yet (one closed by itself seven days after its resolution). */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own tickets")
    @Audited("TICKET_RATE")
    public TicketView rate(String ticketNo, Integer rating, String comment) {
        TicketRow t = tickets.locked(own(ticketNo).id());
        if (t.status() != TicketStatus.CLOSED || t.rating() != null) {
            throw new SuanliException("ticket.rateClosedOnce", t.ticketNo());
        }
        if (rating == null) {
            throw new SuanliException("validation.required", "ticket.rating");
        }
        t.rate(Validation.range(rating, 1, 5, "ticket.rating"), Validation.optionalText(comment, 500, "ticket.ratingComment"));
        return view(t, false, true);
    }

    /** Reopens a resolved ticket within seven days of its resolution; the resolution clock runs again. */
    @RolesAllowed(Roles.CUSTOMER)
    @NoFunction("a customer's own tickets")
    @Audited("TICKET_REOPEN")
    public TicketView reopen(String ticketNo, String reason) {
        TicketRow t = tickets.locked(own(ticketNo).id());
        Instant now = clock.now();
        if (t.status() == TicketStatus.RESOLVED && !now.isBefore(t.resolvedAt().plus(REOPEN_WINDOW))) {
            throw new SuanliException("ticket.reopenTooLate", t.ticketNo());
        }
        tickets.persist(t.move(Ids.next(), TicketStatus.Verb.REOPEN, now, caller()));
        String why = Validation.optionalText(reason, 4000, "ticket.body");
        if (why != null) {
            tickets.persist(new TicketMessageRow(Ids.next(), t.id(), caller(), false, false, why, now));
        }
        notices.staff("TICKET_CUSTOMER_REPLIED", t.assignee() != null ? List.of(t.assignee()) : tickets.group(t.groupCode()).members(), vars(t));
        return view(t, false, true);
    }

    // ---- staff's side

    /** The workbench: tickets by group, status, assignee (or the caller's own), breached or still open, newest first. */
    @RequiresFunction(StaffFunction.OPS_TICKET_VIEW)
    public Page<TicketView> queue(String group, String status, String assignee, boolean mine, boolean breached, boolean open, String ticketNo,
                                  int first, int max) {
        String a = mine ? caller() : Validation.optionalText(assignee, 64, "ticket.assignee");
        return page(new TicketRepository.Filter(null, Validation.optionalText(group, 32, "ticket.group"), status(status), a, breached ? Boolean.TRUE : null,
                open, Validation.optionalText(ticketNo, 32, "ticket.ticketNo")), first, max, true);
    }

    /** One ticket with its whole thread, internal notes included. */
    @RequiresFunction(StaffFunction.OPS_TICKET_VIEW)
    public TicketView of(String ticketNo) {
        return view(find(ticketNo), true, true);
    }

    /** The handling groups, for the workbench's filter. */
    @RequiresFunction(StaffFunction.OPS_TICKET_VIEW)
    public List<TicketGroupView> queueGroups() {
        return tickets.groups().stream().map(TicketService::group).toList();
    }

    /** A dispatcher gives the ticket to an active staff user (again: reassigning keeps its state). */
    @RequiresFunction(StaffFunction.OPS_TICKET_DISPATCH)
    @Audited("TICKET_ASSIGN")
    public TicketView assign(String ticketNo, String assignee) {
        TicketRow t = tickets.locked(find(ticketNo).id());
        String who = Validation.requiredText(assignee, 64, "ticket.assignee");
        if (!notices.activeStaff(List.of(who)).contains(who)) {
            throw new SuanliException("ticket.assigneeUnknown", who);
        }
        tickets.persist(t.move(Ids.next(), TicketStatus.Verb.ASSIGN, clock.now(), caller()));
        t.assignTo(who);
        notices.staff("TICKET_ASSIGNED", List.of(who), vars(t));
        return view(t, true, true);
    }

    /**
     * Staff write on the ticket: an internal note (staff only; moves nothing), or a reply the customer sees — the first
     * one stops the first-response clock, an assigned ticket goes in progress, and {@code waitForCustomer} asks the
     * customer (the clocks pause until the customer answers). Only the assignee, a member of the ticket's group or a
     * dispatcher may.
     */
    @RequiresFunction(StaffFunction.OPS_TICKET_HANDLE)
    @Audited("TICKET_REPLY")
    public TicketView reply(String ticketNo, String body, boolean internal, boolean waitForCustomer) {
        TicketRow t = tickets.locked(handled(find(ticketNo)).id());
        if (t.status() == TicketStatus.CLOSED) {
            throw new SuanliException("ticket.replyClosed", t.ticketNo(), t.status().name());
        }
        String text = Validation.requiredText(body, 4000, "ticket.body");
        Instant now = clock.now();
        String by = caller();
        tickets.persist(new TicketMessageRow(Ids.next(), t.id(), by, true, internal, text, now));
        if (!internal) {
            if (t.status() == TicketStatus.NEW) {
                t.assignTo(by);
                tickets.persist(t.move(Ids.next(), TicketStatus.Verb.ASSIGN, now, by));
            }
            t.responded(now);
            if (t.status() == TicketStatus.ASSIGNED) {
                tickets.persist(t.move(Ids.next(), TicketStatus.Verb.START, now, by));
            }
            if (waitForCustomer && t.status().allows(TicketStatus.Verb.WAIT)) {
                tickets.persist(t.move(Ids.next(), TicketStatus.Verb.WAIT, now, by));
            }
            notices.customer("TICKET_REPLIED", t.customerId(), t.createdBy(), Map.of("ticketNo", t.ticketNo(), "subject", t.subject(),
                    "waiting", t.status() == TicketStatus.WAITING_CUSTOMER ? ",需要您补充信息" : ""));
        }
        return view(t, true, true);
    }

    /** Staff resolve the ticket with what was done; the customer is told, may close and rate it or reopen it within seven days. */
    @RequiresFunction(StaffFunction.OPS_TICKET_HANDLE)
    @Audited("TICKET_RESOLVE")
    public TicketView resolve(String ticketNo, String resolution) {
        TicketRow t = tickets.locked(handled(find(ticketNo)).id());
        String text = Validation.requiredText(resolution, 2000, "ticket.resolution");
        Instant now = clock.now();
        String by = caller();
        if (t.status() == TicketStatus.NEW) {
            t.assignTo(by);
            tickets.persist(t.move(Ids.next(), TicketStatus.Verb.ASSIGN, now, by));
        }
        tickets.persist(t.move(Ids.next(), TicketStatus.Verb.RESOLVE, now, by));
        t.resolution(text);
        t.responded(now);
        tickets.persist(new TicketMessageRow(Ids.next(), t.id(), by, true, false, text, now));
        notices.customer("TICKET_RESOLVED", t.customerId(), t.createdBy(), Map.of("ticketNo", t.ticketNo(), "subject", t.subject(), "resolution", text));
        return view(t, true, true);
    }

    // ---- the system console

    @RolesAllowed(Roles.SYS_ADMIN)
    @RequiresFunction(StaffFunction.SYSTEM_TICKETS_MANAGE)
    public List<TicketGroupView> groups() {
        return tickets.groups().stream().map(TicketService::group).toList();
    }

    /** Names, members (active staff usernames) and round-robin of a type's handling group. */
    @RolesAllowed(Roles.SYS_ADMIN)
    @RequiresFunction(StaffFunction.SYSTEM_TICKETS_MANAGE)
    @Audited("TICKET_GROUP_CONFIGURE")
    public TicketGroupView configure(String code, String nameZh, String nameEn, List<String> members, boolean roundRobin) {
        TicketGroupRow g = code == null ? null : tickets.groupLocked(code.trim());
        if (g == null) {
            throw new NotFoundException("ticket.groupNotFound", String.valueOf(code));
        }
        List<String> m = members == null ? List.of() : members.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        Set<String> known = notices.activeStaff(m);
        for (String u : m) {
            if (!known.contains(u)) {
                throw new SuanliException("ticket.assigneeUnknown", u);
            }
        }
        if (roundRobin && m.isEmpty()) {
            throw new SuanliException("ticket.roundRobinEmpty");
        }
        g.configure(Validation.requiredText(nameZh, 100, "ticket.groupName"), Validation.requiredText(nameEn, 100, "ticket.groupName"), m, roundRobin,
                clock.now(), caller());
        return group(g);
    }

    // ---- the platform's minute

    /**
     * Flags each clock that ran past its target, once, and tells the assignee (or the group); closes tickets resolved
     * seven days ago. Answers how many breaches were flagged and how many tickets closed.
     */
    @RolesAllowed(Roles.SYS_ADMIN)
    @NoFunction("the platform's own minute (TicketSweep) and the dev profile's trigger")
    public int[] sweep() {
        Instant now = clock.now();
        int flagged = 0;
        List<TicketRow> open = tickets.unresolved(1000);
        Map<Long, List<TicketMoveRow>> moves = tickets.moves(open.stream().map(TicketRow::id).toList());
        for (TicketRow t : open) {
            SlaClock.Reading r = clock(t, moves.getOrDefault(t.id(), List.of())).at(now);
            boolean response = r.responseBreached() && !t.responseBreached();
            boolean resolution = r.resolutionBreached() && !t.resolutionBreached();
            if (response || resolution) {
                TicketRow locked = tickets.locked(t.id());
                if (response) {
                    locked.flagResponseBreach();
                }
                if (resolution) {
                    locked.flagResolutionBreach();
                }
                Map<String, String> vars = new java.util.HashMap<>(vars(locked));
                vars.put("clock", response ? "首次响应" : "解决");
                notices.staff("TICKET_BREACHED", locked.assignee() != null ? List.of(locked.assignee()) : tickets.group(locked.groupCode()).members(), vars);
                flagged++;
            }
        }
        int closed = 0;
        for (TicketRow t : tickets.resolvedBefore(now.minus(REOPEN_WINDOW), 1000)) {
            TicketRow locked = tickets.locked(t.id());
            if (locked.status() == TicketStatus.RESOLVED) {
                tickets.persist(locked.move(Ids.next(), TicketStatus.Verb.CLOSE, now, "system:auto-close"));
                closed++;
            }
        }
        return new int[]{flagged, closed};
    }

    // ---- views

    private Page<TicketView> page(TicketRepository.Filter f, int first, int max, boolean staff) {
        List<TicketRow> rows = tickets.list(f, first, max);
        Map<Long, List<TicketMoveRow>> moves = tickets.moves(rows.stream().map(TicketRow::id).toList());
        Map<Long, String> names = staff ? customers.names(rows.stream().map(TicketRow::customerId).distinct().toList()) : Map.of();
        List<TicketView> views = new ArrayList<>();
        for (TicketRow t : rows) {
            views.add(view(t, moves.getOrDefault(t.id(), List.of()), names.get(t.customerId()), staff, List.of()));
        }
        return new Page<>(views, tickets.count(f));
    }

    private TicketView view(TicketRow t, boolean staff, boolean thread) {
        List<TicketView.MessageView> messages = thread ? tickets.messages(t.id(), staff).stream()
                .map(m -> new TicketView.MessageView(m.author(), m.staff(), m.internal(), m.body(), m.createdAt())).toList() : List.of();
        String name = staff ? customers.names(List.of(t.customerId())).get(t.customerId()) : null;
        return view(t, tickets.moves(t.id()), name, staff, messages);
    }

    private TicketView view(TicketRow t, List<TicketMoveRow> moves, String customerName, boolean staff, List<TicketView.MessageView> messages) {
        Instant now = clock.now();
        SlaClock.Reading r = clock(t, moves).at(now);
        List<String> actions = new ArrayList<>(t.status().actions(staff ? STAFF_VERBS : CUSTOMER_VERBS));
        if (!staff && t.status() == TicketStatus.RESOLVED && !now.isBefore(t.resolvedAt().plus(REOPEN_WINDOW))) {
            actions.remove("reopen");
        }
        if (t.status() != TicketStatus.CLOSED && t.status() != TicketStatus.RESOLVED) {
            actions.add("reply");
        }
        if (!staff && t.status() == TicketStatus.CLOSED && t.rating() == null) {
            actions.add("rate");
        }
        return new TicketView(t.ticketNo(), t.customerId(), customerName, t.type().name(), t.severity(), t.subject(), t.resourceId(), t.status().name(),
                t.groupCode(), t.assignee(), t.createdAt(), t.createdBy(), t.firstResponseAt(), t.resolvedAt(), t.closedAt(), t.resolution(), t.rating(),
                t.ratingComment(), r.responseDue(), t.responseBreached() || r.responseBreached(), r.resolutionDue(),
                t.resolutionBreached() || r.resolutionBreached(), r.resolutionElapsed().toMinutes(), !r.running() && t.status().open(), messages,
                List.copyOf(actions));
    }

    private static SlaClock clock(TicketRow t, List<TicketMoveRow> moves) {
        List<SlaClock.Move> history = new ArrayList<>();
        history.add(new SlaClock.Move(TicketStatus.NEW, t.createdAt()));
        for (TicketMoveRow m : moves) {
            if (m.verb() != TicketStatus.Verb.OPEN) { // the creation is the first move already
                history.add(new SlaClock.Move(m.toStatus(), m.at()));
            }
        }
        return new SlaClock(Sla.of(t.severity()), history, t.firstResponseAt());
    }

    private static TicketGroupView group(TicketGroupRow g) {
        return new TicketGroupView(g.code(), g.ticketType().name(), g.nameZh(), g.nameEn(), g.members(), g.roundRobin(), g.updatedAt(), g.updatedBy());
    }

    private static Map<String, String> vars(TicketRow t) {
        return Map.of("ticketNo", t.ticketNo(), "subject", t.subject(), "severity", String.valueOf(t.severity()), "customer", String.valueOf(t.customerId()));
    }

    // ---- who may

    private TicketRow find(String ticketNo) {
        TicketRow t = tickets.byNo(ticketNo);
        if (t == null) {
            throw new NotFoundException("ticket.notFound", String.valueOf(ticketNo));
        }
        return t;
    }

    private TicketRow own(String ticketNo) {
        TicketRow t = find(ticketNo);
        if (t.customerId() != myCustomer()) {
            throw new NotFoundException("ticket.notFound", String.valueOf(ticketNo));
        }
        return t;
    }

    /** The caller may work on the ticket: its assignee, a member of its group, or a dispatcher. */
    private TicketRow handled(TicketRow t) {
        String by = caller();
        if (by.equals(t.assignee()) || tickets.group(t.groupCode()).members().contains(by) || roles.myFunctions().contains(StaffFunction.OPS_TICKET_DISPATCH.code())) {
            return t;
        }
        throw new ForbiddenException("ticket.notYours", t.ticketNo());
    }

    private long myCustomer() {
        return Inputs.myCustomer(me);
    }

    private String caller() {
        return ctx.getCallerPrincipal().getName();
    }

    private static TicketStatus status(String status) {
        return Inputs.state(TicketStatus.class, status, "ticket.statusInvalid");
    }

    static String number(Instant now) {
        return io.suanli.core.shared.application.DocumentNumbers.next("GD", now, 6);
    }
}

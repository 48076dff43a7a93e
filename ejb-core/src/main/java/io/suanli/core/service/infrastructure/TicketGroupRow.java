package io.suanli.core.service.infrastructure;

import io.suanli.core.service.domain.TicketType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The handling group of a ticket type (table {@code ticket_group}): its members (staff usernames) and whether new
 * tickets are dealt out to them in turn (round-robin, {@code next_member} the next one's index) or wait for a dispatcher.
 */
@Entity
@Table(name = "ticket_group")
public class TicketGroupRow {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "ticket_type", nullable = false, updatable = false)
    private TicketType ticketType;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private String members;

    @Column(name = "round_robin", nullable = false)
    private boolean roundRobin;

    @Column(name = "next_member", nullable = false)
    private int nextMember;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected TicketGroupRow() {
    }

    public List<String> members() {
        return members.isBlank() ? List.of() : Arrays.stream(members.split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
    }

    /** The member whose turn it is (and moves the turn on), or null when the group deals nothing out or has nobody. */
    public String nextInTurn() {
        List<String> m = members();
        if (!roundRobin || m.isEmpty()) {
            return null;
        }
        String who = m.get(Math.floorMod(nextMember, m.size()));
        nextMember = Math.floorMod(nextMember + 1, m.size());
        return who;
    }

    public void configure(String nameZh, String nameEn, List<String> members, boolean roundRobin, Instant at, String by) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.members = String.join(",", members);
        this.roundRobin = roundRobin;
        this.nextMember = 0;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String code() { return code; }
    public TicketType ticketType() { return ticketType; }
    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }
    public boolean roundRobin() { return roundRobin; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}

package io.suanli.web.console.view.system;

import io.suanli.core.service.application.TicketGroupView;
import io.suanli.core.service.application.TicketService;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /console/system/ticket-groups.xhtml}: the handling group of each ticket type — names, members (staff
 * usernames, comma-separated) and whether new tickets are dealt out to them in turn or wait for a dispatcher.
 */
@Named
@ViewScoped
public class TicketGroupsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One group as the form edits it. */
    public static final class Row implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String ticketType;
        private String nameZh;
        private String nameEn;
        private String members;
        private boolean roundRobin;

        Row(TicketGroupView g) {
            code = g.code();
            ticketType = g.ticketType();
            nameZh = g.nameZh();
            nameEn = g.nameEn();
            members = String.join(", ", g.members());
            roundRobin = g.roundRobin();
        }

        public String getCode() { return code; }
        public String getTicketType() { return ticketType; }
        public String getNameZh() { return nameZh; }
        public void setNameZh(String v) { nameZh = v; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String v) { nameEn = v; }
        public String getMembers() { return members; }
        public void setMembers(String v) { members = v; }
        public boolean isRoundRobin() { return roundRobin; }
        public void setRoundRobin(boolean v) { roundRobin = v; }
    }

    @Inject
    transient TicketService tickets;

    @Inject
    transient ConsoleBean console;

    private List<Row> rows = List.of();

    @PostConstruct
    void load() {
        console.act(() -> rows = new ArrayList<>(tickets.groups().stream().map(Row::new).toList()), null);
    }

    public void save(Row r) {
        List<String> members = r.members == null ? List.of() : Arrays.stream(r.members.split("[,,\\s]+")).filter(s -> !s.isBlank()).toList();
        console.act(() -> tickets.configure(r.code, r.nameZh, r.nameEn, members, r.roundRobin), "ticketGroups.saved");
    }

    public List<Row> getRows() { return rows; }
}

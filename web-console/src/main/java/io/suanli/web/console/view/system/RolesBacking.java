package io.suanli.web.console.view.system;

import io.suanli.core.identity.application.FunctionGrants;
import io.suanli.core.identity.application.RoleService;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /console/system/roles.xhtml}: which staff role may use which menu and action (S1). */
@Named
@ViewScoped
public class RolesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final List<String> ROLES = List.of("OPS_ADMIN", "DIST_OPS_ADMIN", "FINANCE", "SALES", "SYS_ADMIN");

    @Inject
    transient RoleService service;

    @Inject
    transient ConsoleBean console;

    private List<Row> rows;

    @PostConstruct
    void load() {
        rows = service.matrix().stream().map(Row::new).toList();
    }

    /** Saves the roles whose grants changed, one role at a time; a refused role keeps its old grants. */
    public void save() {
        boolean all = true;
        for (String role : ROLES) {
            Set<String> wanted = rows.stream().filter(r -> Boolean.TRUE.equals(r.granted.get(role))).map(Row::getCode)
                    .collect(Collectors.toSet());
            Set<String> before = rows.stream().filter(r -> Boolean.TRUE.equals(r.original.get(role))).map(Row::getCode)
                    .collect(Collectors.toSet());
            if (!wanted.equals(before)) {
                all &= console.act(() -> service.setGrants(role, wanted), null);
            }
        }
        if (all) {
            load();
            console.info("roles.saved");
        }
    }

    /** Puts every function of every role back to its default (saved only with "save"). */
    public void defaults() {
        rows.forEach(r -> r.granted.putAll(r.defaults));
    }

    public List<String> getRoles() {
        return ROLES;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** A function and, per role that can hold it, the box the administrator ticks. */
    public static class Row implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private final String code;
        private final String menu;
        private final String action;
        private final Map<String, Boolean> granted;
        private final Map<String, Boolean> original;
        private final Map<String, Boolean> defaults;

        Row(FunctionGrants f) {
            code = f.code();
            menu = f.menu();
            action = f.action();
            granted = new HashMap<>(f.granted());
            original = new HashMap<>(f.granted());
            defaults = new HashMap<>(f.defaults());
        }

        public String getCode() { return code; }
        public String getMenu() { return menu; }
        public String getAction() { return action; }
        public Map<String, Boolean> getGranted() { return granted; }

        public boolean grantable(String role) {
            return granted.containsKey(role);
        }

        public boolean changedFromDefault(String role) {
            return grantable(role) && !granted.get(role).equals(defaults.get(role));
        }
    }
}

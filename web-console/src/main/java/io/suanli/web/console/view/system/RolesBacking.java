package io.suanli.web.console.view.system;

import io.suanli.core.identity.application.FunctionGrants;
import io.suanli.core.identity.application.RoleService;
import io.suanli.core.identity.application.StaffRoleView;
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

/**
 * {@code /console/system/roles.xhtml}: which staff role may use which menu and action (S1), and the custom staff
 * roles (defined on a built-in one, removed when nobody holds them).
 */
@Named
@ViewScoped
public class RolesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient RoleService service;

    @Inject
    transient ConsoleBean console;

    private List<Row> rows;
    private List<StaffRoleView> roles;
    private String newCode;
    private String newName;
    private String newNameEn;
    private String newBase = "FINANCE";

    @PostConstruct
    void load() {
        roles = service.roles();
        rows = service.matrix().stream().map(Row::new).toList();
    }

    /** Defines a custom role from the form; it starts with no function, to be ticked in the matrix. */
    public void create() {
        if (console.act(() -> service.createRole(newCode, newName, newNameEn, newBase), "roles.created")) {
            newCode = null;
            newName = null;
            newNameEn = null;
            load();
        }
    }

    public void delete(String code) {
        if (console.act(() -> service.deleteRole(code), "roles.deleted")) {
            load();
        }
    }

    /** Saves the roles whose grants changed, one role at a time; a refused role keeps its old grants. */
    public void save() {
        boolean all = true;
        for (String role : getRoles()) {
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
        return roles.stream().map(StaffRoleView::code).toList();
    }

    /** The custom roles, for their list with the delete buttons. */
    public List<StaffRoleView> getCustomRoles() {
        return roles.stream().filter(r -> !r.builtIn()).toList();
    }

    /** The built-in roles a custom role may be based on. */
    public List<String> getBaseRoles() {
        return roles.stream().filter(StaffRoleView::builtIn).map(StaffRoleView::code).toList();
    }

    public String getNewCode() { return newCode; }
    public void setNewCode(String v) { newCode = v; }
    public String getNewName() { return newName; }
    public void setNewName(String v) { newName = v; }
    public String getNewNameEn() { return newNameEn; }
    public void setNewNameEn(String v) { newNameEn = v; }
    public String getNewBase() { return newBase; }
    public void setNewBase(String v) { newBase = v; }

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

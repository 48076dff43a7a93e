package io.suanli.web.console.view.system;

import io.suanli.core.identity.application.DepartmentView;
import io.suanli.core.identity.application.StaffService;
import io.suanli.core.identity.application.StaffView;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /console/system/staff.xhtml}: the organization tree and its staff (S1). */
@Named
@ViewScoped
public class StaffBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffService service;

    @Inject
    transient ConsoleBean console;

    @Inject
    transient io.suanli.core.identity.application.RoleService roles;

    private List<String> roleCodes;

    private TreeNode<DepartmentView> tree;
    private List<DepartmentView> departments;
    private Long selectedDepartment;
    private List<StaffView> staff;
    private String newDepartment;
    private String username;
    private String displayName;
    private String role = "OPS_ADMIN";
    private Long departmentId;
    private String password;

    @PostConstruct
    void load() {
        departments = service.departments();
        tree = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<DepartmentView>> nodes = new HashMap<>();
        for (int pass = 0; pass < 10 && nodes.size() < departments.size(); pass++) {
            for (DepartmentView d : departments) {
                if (!nodes.containsKey(d.id()) && (d.parentId() == null || nodes.containsKey(d.parentId()))) {
                    TreeNode<DepartmentView> parent = d.parentId() == null ? tree : nodes.get(d.parentId());
                    TreeNode<DepartmentView> node = new DefaultTreeNode<>(d, parent);
                    node.setExpanded(true);
                    nodes.put(d.id(), node);
                }
            }
        }
        staff = service.staff(selectedDepartment);
    }

    public void onSelect(NodeSelectEvent event) {
        selectedDepartment = ((DepartmentView) event.getTreeNode().getData()).id();
        staff = service.staff(selectedDepartment);
    }

    public void showAll() {
        selectedDepartment = null;
        staff = service.staff(null);
    }

    public void addDepartment() {
        act(() -> service.createDepartment(selectedDepartment, newDepartment), "staff.departmentCreated");
        newDepartment = null;
    }

    public void create() {
        if (act(() -> service.createStaff(username, displayName, role, departmentId, password == null ? new char[0] : password.toCharArray()),
                "staff.created")) {
            username = null;
            displayName = null;
        }
        password = null;
    }

    public void toggle(StaffView s) {
        act(() -> {
            if (s.can("DISABLE")) {
                service.disable(s.id());
            } else {
                service.enable(s.id());
            }
        }, "staff.saved");
    }

    public void resetSecondFactor(StaffView s) {
        act(() -> service.resetSecondFactor(s.id()), "staff.secondFactorReset");
    }

    private boolean act(Runnable r, String key) {
        return console.act(() -> {
            r.run();
            load();
        }, key);
    }

    /** The staff roles a new member may get: the built-in ones and the custom ones defined on the roles page. */
    public List<String> getRoles() {
        if (roleCodes == null) {
            roleCodes = roles.roles().stream().map(io.suanli.core.identity.application.StaffRoleView::code).toList();
        }
        return roleCodes;
    }

    public TreeNode<DepartmentView> getTree() { return tree; }
    public List<DepartmentView> getDepartments() { return departments; }
    public List<StaffView> getStaff() { return staff; }
    public Long getSelectedDepartment() { return selectedDepartment; }
    public String getNewDepartment() { return newDepartment; }
    public void setNewDepartment(String v) { newDepartment = v; }
    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String v) { displayName = v; }
    public String getRole() { return role; }
    public void setRole(String v) { role = v; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long v) { departmentId = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
}

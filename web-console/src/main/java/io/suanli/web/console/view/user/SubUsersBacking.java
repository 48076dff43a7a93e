package io.suanli.web.console.view.user;

import io.suanli.core.identity.application.SubUserService;
import io.suanli.core.identity.application.SubUserView;
import io.suanli.core.identity.domain.Permission;
import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.web.console.view.common.ConsoleBean;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.ResourceBundle;

/** {@code /console/user/subusers.xhtml}: the customer's sub-users and their permissions (U2). */
@Named
@ViewScoped
public class SubUsersBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient SubUserService subUsers;

    @Inject
    transient ConsoleBean console;

    private List<SubUserView> users;
    private int quota;
    private String username;
    private String displayName;
    private String password;
    private List<String> permissions = new ArrayList<>();
    private SubUserView editing;
    private List<String> editPermissions = new ArrayList<>();

    @PostConstruct
    void load() {
        users = subUsers.list();
        quota = subUsers.quota();
    }

    public void create() {
        try {
            subUsers.create(username, displayName, password == null ? new char[0] : password.toCharArray(), set(permissions));
            username = null;
            displayName = null;
            permissions = new ArrayList<>();
            done("subusers.created");
        } catch (SuanliException e) {
            error(e);
        } finally {
            password = null;
        }
    }

    public void edit(SubUserView u) {
        editing = u;
        editPermissions = new ArrayList<>(u.permissions());
    }

    public void savePermissions() {
        try {
            subUsers.setPermissions(editing.id(), set(editPermissions));
            done("subusers.saved");
        } catch (SuanliException e) {
            error(e);
        }
    }

    public void toggle(SubUserView u) {
        try {
            if (u.can("DISABLE")) {
                subUsers.disable(u.id());
            } else {
                subUsers.enable(u.id());
            }
            done("subusers.saved");
        } catch (SuanliException e) {
            error(e);
        }
    }

    public Permission[] getAllPermissions() {
        return Permission.values();
    }

    private static EnumSet<Permission> set(List<String> names) {
        EnumSet<Permission> s = EnumSet.noneOf(Permission.class);
        names.forEach(n -> s.add(Permission.valueOf(n)));
        return s;
    }

    private void done(String key) {
        users = subUsers.list();
        String text = ResourceBundle.getBundle("io.suanli.web.console.messages", console.getLocale()).getString(key);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private void error(SuanliException e) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.of(console.getLocale(), e), null));
    }

    public List<SubUserView> getUsers() { return users; }
    public int getQuota() { return quota; }
    public long getSubUserCount() { return users.stream().filter(u -> !u.admin()).count(); }
    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String v) { displayName = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public List<String> getPermissions() { return permissions; }
    public void setPermissions(List<String> v) { permissions = v; }
    public SubUserView getEditing() { return editing; }
    public List<String> getEditPermissions() { return editPermissions; }
    public void setEditPermissions(List<String> v) { editPermissions = v; }
}

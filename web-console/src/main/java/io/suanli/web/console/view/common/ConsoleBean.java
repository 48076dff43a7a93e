package io.suanli.web.console.view.common;

import io.suanli.core.identity.application.RoleService;
import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.system.application.OemSettings;
import io.suanli.core.system.application.SettingsService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/** What every console template needs: language, OEM branding, the user and their roles. */
@Named("console")
@RequestScoped
public class ConsoleBean {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    HttpServletRequest request;

    @Inject
    SettingsService settings;

    @Inject
    RoleService roleService;

    @Inject
    io.suanli.core.shared.application.PlatformClock clock;

    private OemSettings oem;

    private Set<String> functions;

    @PostConstruct
    void load() {
        oem = settings.oem();
    }

    public Locale getLocale() {
        Object l = request.getAttribute(ConsoleRequestFilter.LOCALE_ATTRIBUTE);
        return l instanceof Locale locale ? locale : Locale.SIMPLIFIED_CHINESE;
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    public String getHtmlLang() {
        return isEnglish() ? "en" : "zh-CN";
    }

    public String getSystemName() {
        return oem.systemName(getLocale());
    }

    public String getCopyright() {
        return oem.copyright();
    }

    public String getLogo() {
        return oem.logoDataUrl();
    }

    public boolean isHasLogo() {
        return !oem.logoDataUrl().isBlank();
    }

    public String getUsername() {
        return request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName();
    }

    /** The anti-forgery value of the logout form (it is a POST; see {@code ConsoleLogoutServlet}). */
    public String getLogoutProof() {
        return io.suanli.core.identity.application.AuthenticationService.formProof(
                io.suanli.web.console.security.ConsoleAuthenticationMechanism.cookie(request));
    }

    public boolean hasRole(String role) {
        return request.isUserInRole(role);
    }

    /** Whether the user's roles are granted a console function (S1), e.g. {@code ops.catalog.edit}: menus and buttons follow it. */
    public boolean may(String function) {
        if (functions == null) {
            functions = request.getUserPrincipal() == null ? Set.of() : roleService.myFunctions();
        }
        return functions.contains(function);
    }

    public boolean isOperations() {
        return Roles.OPERATIONS.stream().anyMatch(request::isUserInRole);
    }

    /**
     * A timeline note or order reason for people: a cloud failure written by the provisioner as {@code [failed: |cloud
     * change failed: ]CODE: detail} (the connector's stable {@code HcsoErrorCode}) is shown as the localized
     * explanation of the code ({@code provisioning.cloud.CODE}) followed by the cloud's own detail; anything else as
     * written.
     */
    public String note(String raw) {
        return note(raw, ResourceBundle.getBundle("io.suanli.web.console.messages", getLocale()));
    }

    /** {@link #note(String)} with the given bundle. */
    static String note(String raw, ResourceBundle b) {
        if (raw == null) {
            return "";
        }
        java.util.regex.Matcher m = CLOUD_NOTE.matcher(raw);
        if (!m.matches() || !b.containsKey("provisioning.cloud." + m.group(2))) {
            return raw;
        }
        String prefix = m.group(1) == null ? "" : b.getString(m.group(1).startsWith("cloud") ? "provisioning.changeFailed" : "provisioning.failed");
        return prefix + b.getString("provisioning.cloud." + m.group(2)) + " (" + m.group(3) + ")";
    }

    private static final java.util.regex.Pattern CLOUD_NOTE = java.util.regex.Pattern.compile("(failed: |cloud change failed: )?([A-Z][A-Z_]+): (.*)",
            java.util.regex.Pattern.DOTALL);

    /**
     * A code for people: the bundle's {@code prefix + code} when it has one (audit actions, for example), else the
     * code as it is, so a new code still shows.
     */
    public String label(String prefix, String code) {
        ResourceBundle b = ResourceBundle.getBundle("io.suanli.web.console.messages", getLocale());
        return code == null ? "" : b.containsKey(prefix + code) ? b.getString(prefix + code) : code;
    }

    /**
     * Role names, from one code or a comma-separated list (as the audit log keeps them): a built-in role from the
     * bundle, a custom one as its administrator named it in this language, an unknown code as it is.
     */
    public String roleNames(String codes) {
        if (codes == null || codes.isBlank()) {
            return "";
        }
        ResourceBundle b = ResourceBundle.getBundle("io.suanli.web.console.messages", getLocale());
        return java.util.Arrays.stream(codes.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .map(c -> b.containsKey("role." + c) ? b.getString("role." + c) : customRoleNames().getOrDefault(c, c))
                .collect(java.util.stream.Collectors.joining(isEnglish() ? ", " : "、"));
    }

    /** An audit outcome for people: succeeded, or refused with the reason's message. */
    public String outcome(String raw) {
        if (raw == null || !raw.startsWith("REFUSED:")) {
            return label("audit.outcome.", raw);
        }
        String key = raw.substring("REFUSED:".length());
        String reason = io.suanli.core.shared.application.Messages.get(getLocale(), key).replaceAll("\\{\\d+}", "…");
        return label("audit.outcome.", "REFUSED") + ": " + reason;
    }

    private java.util.Map<String, String> customRoles;

    private java.util.Map<String, String> customRoleNames() {
        if (customRoles == null) {
            boolean staff = isOperations() || request.isUserInRole(Roles.SYS_ADMIN);
            customRoles = staff ? roleService.customRoleNames(getLocale()) : java.util.Map.of();
        }
        return customRoles;
    }

    /** What a user typed, trimmed; null when nothing was (optional fields of a form). */
    public static String trimmed(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** A console text in the user's language. */
    public String text(String key) {
        return ResourceBundle.getBundle("io.suanli.web.console.messages", getLocale()).getString(key);
    }

    /** Shows a console text as an information message. */
    public void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    /**
     * Runs a use case for a page: on success shows the message {@code successKey} (when not null) and answers true;
     * a business error becomes a localized error message, the page keeps what the user entered.
     */
    public boolean act(Runnable useCase, String successKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            useCase.run();
            if (successKey != null) {
                info(successKey);
            }
            return true;
        } catch (SuanliException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.of(getLocale(), e), null));
            faces.validationFailed();
            return false;
        }
    }

    /** A time in the platform zone (Beijing time), as consoles show it. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(PlatformClock.ZONE));
    }

    /** The platform zone at that instant as people read it, e.g. "UTC+8" (the tooltip and label of su:time). */
    public String zone(Instant instant) {
        int seconds = PlatformClock.ZONE.getRules().getOffset(instant == null ? clock.now() : instant).getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return "UTC" + (seconds < 0 ? "-" : "+") + minutes / 60 + (minutes % 60 == 0 ? "" : String.format(":%02d", minutes % 60));
    }

    /** Where "home" is for this user. */
    public String getHome() {
        if (request.isUserInRole(Roles.SYS_ADMIN)) {
            return "/console/system/";
        }
        return isOperations() ? "/console/ops/" : "/console/user/";
    }
}

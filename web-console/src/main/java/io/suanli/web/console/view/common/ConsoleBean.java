package io.suanli.web.console.view.common;

import io.suanli.core.shared.domain.Roles;
import io.suanli.core.system.application.OemSettings;
import io.suanli.core.system.application.SettingsService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/** What every console template needs: language, OEM branding, the user and their roles. */
@Named("console")
@RequestScoped
public class ConsoleBean {

    @Inject
    HttpServletRequest request;

    @Inject
    SettingsService settings;

    private OemSettings oem;

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

    public boolean hasRole(String role) {
        return request.isUserInRole(role);
    }

    public boolean isOperations() {
        return Roles.OPERATIONS.stream().anyMatch(request::isUserInRole);
    }

    /** Where "home" is for this user. */
    public String getHome() {
        if (request.isUserInRole(Roles.SYS_ADMIN)) {
            return "/console/system/";
        }
        return isOperations() ? "/console/ops/" : "/console/user/";
    }
}

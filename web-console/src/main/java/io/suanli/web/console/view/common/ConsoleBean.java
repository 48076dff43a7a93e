package io.suanli.web.console.view.common;

import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.system.application.OemSettings;
import io.suanli.core.system.application.SettingsService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What every console template needs: language, OEM branding, the user and their roles. */
@Named("console")
@RequestScoped
public class ConsoleBean {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

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

    /** A time in the platform zone (Beijing time), as consoles show it. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(PlatformClock.ZONE));
    }

    /** Where "home" is for this user. */
    public String getHome() {
        if (request.isUserInRole(Roles.SYS_ADMIN)) {
            return "/console/system/";
        }
        return isOperations() ? "/console/ops/" : "/console/user/";
    }
}

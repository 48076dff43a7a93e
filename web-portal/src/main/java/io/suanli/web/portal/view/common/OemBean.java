package io.suanli.web.portal.view.common;

import io.suanli.core.system.application.OemSettings;
import io.suanli.core.system.application.SettingsService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** OEM branding of the current request, read from the settings table (changes show on the next page view). */
@Named("oem")
@RequestScoped
public class OemBean {

    @Inject
    SettingsService settings;

    @Inject
    LocaleBean lang;

    private OemSettings oem;

    @PostConstruct
    void load() {
        oem = settings.oem();
    }

    public String getSystemName() {
        return oem.systemName(lang.getLocale());
    }

    public String getCopyright() {
        return oem.copyright();
    }

    public String getLogo() {
        return oem.logoDataUrl();
    }

    public boolean isHasLogo() {
        return oem.logoDataUrl() != null && !oem.logoDataUrl().isBlank();
    }
}

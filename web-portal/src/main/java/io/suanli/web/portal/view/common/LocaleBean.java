package io.suanli.web.portal.view.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/** The page language, for {@code <f:view locale>}: Simplified Chinese unless English was chosen. */
@Named("lang")
@RequestScoped
public class LocaleBean {

    @Inject
    HttpServletRequest request;

    public Locale getLocale() {
        Object l = request.getAttribute(WebRequestFilter.LOCALE_ATTRIBUTE);
        return l instanceof Locale locale ? locale : Locale.SIMPLIFIED_CHINESE;
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    public String getHtmlLang() {
        return isEnglish() ? "en" : "zh-CN";
    }
}

package io.suanli.web.portal.view.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

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

    /**
     * The link of the language switch: this page with {@code ?lang=} set and its other query parameters kept (a
     * search or a preview survives the switch). Pages behind a clean URL see the query of the URL the user asked for.
     */
    public String switchTo(String language) {
        return switchQuery(request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) instanceof String q ? q
                : request.getQueryString(), language);
    }

    static String switchQuery(String query, String language) {
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.equals("lang") && !p.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + ("en".equals(language) ? "en" : "zh");
    }
}

package io.suanli.web.portal.view.common;

import io.suanli.core.shared.application.RequestContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;

/**
 * Every request: the language ({@code ?lang=zh|en} sets the shared {@code suanli_lang} cookie, then the cookie,
 * then Chinese), the client's address and user agent for the audit log, and a few protective headers. It runs on
 * forwards too: the clean catalog and pay URLs are filters that forward without passing the request on, and
 * their pages need the same headers and language.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.FORWARD})
public class WebRequestFilter extends HttpFilter {

    public static final String LANG_COOKIE = "suanli_lang";
    public static final String LOCALE_ATTRIBUTE = "suanli.locale";

    @Inject
    RequestContext context;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setCharacterEncoding("UTF-8");
        String lang = request.getParameter("lang");
        Locale locale;
        if ("en".equals(lang) || "zh".equals(lang)) {
            Cookie c = new Cookie(LANG_COOKIE, lang);
            c.setPath("/");
            c.setMaxAge(365 * 24 * 3600);
            c.setAttribute("SameSite", "Lax");
            response.addCookie(c);
            locale = "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        } else {
            locale = fromCookie(request);
        }
        request.setAttribute(LOCALE_ATTRIBUTE, locale);
        context.fill(clientIp(request), request.getHeader("User-Agent"), locale);
        io.suanli.core.shared.application.WebProtection.headers(io.suanli.core.shared.application.TransportSecurity.httpsPublicUrl()).forEach(response::setHeader);
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            if (!io.suanli.core.shared.application.WebProtection.formWithoutItsPagesNonce(e) || response.isCommitted()) {
                throw e;
            }
            response.sendRedirect(request.getRequestURI()); // a fresh form, as for an expired view: never a 500
        }
    }

    static Locale fromCookie(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (LANG_COOKIE.equals(c.getName())) {
                    return "en".equals(c.getValue()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
                }
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    /** The direct peer's address; a proxy's X-Forwarded-For is trusted only when configured in front (later). */
    private static String clientIp(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}

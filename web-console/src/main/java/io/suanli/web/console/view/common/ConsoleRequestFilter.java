package io.suanli.web.console.view.common;

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
 * Every console request: the language shared with the portal ({@code ?lang=} sets the {@code suanli_lang}
 * cookie), the client's address and user agent for the audit log, protective headers, and no caching of pages.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ConsoleRequestFilter extends HttpFilter {

    public static final String LOCALE_ATTRIBUTE = "suanli.locale";

    @Inject
    RequestContext context;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setCharacterEncoding("UTF-8");
        String lang = request.getParameter("lang");
        String chosen = "en".equals(lang) || "zh".equals(lang) ? lang : cookie(request);
        if (lang != null && lang.equals(chosen)) {
            Cookie c = new Cookie("suanli_lang", lang);
            c.setPath("/");
            c.setMaxAge(365 * 24 * 3600);
            c.setAttribute("SameSite", "Lax");
            response.addCookie(c);
        }
        Locale locale = "en".equals(chosen) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        request.setAttribute(LOCALE_ATTRIBUTE, locale);
        context.fill(request.getRemoteAddr(), request.getHeader("User-Agent"), locale);
        io.suanli.core.shared.application.WebProtection.headers(io.suanli.core.shared.application.TransportSecurity.httpsPublicUrl()).forEach(response::setHeader);
        response.setHeader("Cache-Control", "no-store");
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            if (!io.suanli.core.shared.application.WebProtection.formWithoutItsPagesNonce(e) || response.isCommitted()) {
                throw e;
            }
            response.sendRedirect(request.getRequestURI()); // a fresh form, as for an expired view: never a 500
        }
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if ("suanli_lang".equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return "zh";
    }
}

package io.suanli.web.portal.api;

import io.suanli.core.shared.application.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The error body of the REST API, {@code {"code": "...", "message": "..."}}, localized by Accept-Language. */
@ApplicationScoped
public class ApiErrors {

    public static String body(String code, String message) {
        return Json.createObjectBuilder().add("code", code).add("message", message).build().toString();
    }

    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            var ranges = Locale.LanguageRange.parse(acceptLanguage);
            Locale best = Locale.lookup(ranges, java.util.List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
            return Messages.supported(best);
        } catch (IllegalArgumentException e) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String key, Object... args)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"suanli\"");
        }
        Locale locale = locale(request.getHeader("Accept-Language"));
        response.getWriter().write(body(key, Messages.get(locale, key, args)));
    }
}

package io.suanli.web.portal.api;

import io.suanli.core.shared.application.Messages;
import io.suanli.core.shared.domain.SuanliException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of an API call into {@code {code, message}} with a 4xx status — business errors with their
 * own status, refused access as 401/403, malformed requests as 400 — and anything unexpected into a 500 that
 * carries only a reference number (the stack trace goes to the server log under that number).
 */
@Provider
public class ApiExceptionMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof SuanliException se) {
            return error(se.httpStatus(), se.key(), se.args());
        }
        if (e instanceof EJBAccessException || e instanceof SecurityException) {
            return security.getUserPrincipal() == null ? error(401, "auth.required") : error(403, "auth.forbidden");
        }
        if (e instanceof NotFoundException) {
            return error(404, "request.notFound");
        }
        if (e instanceof NotAllowedException) {
            return error(405, "request.methodNotAllowed");
        }
        if (e instanceof NotSupportedException) {
            return error(415, "request.unsupportedMediaType");
        }
        if (e instanceof NumberFormatException || e instanceof java.time.format.DateTimeParseException) {
            return error(400, "request.malformed", shortReason(e)); // a value the client sent, read without a check of its own
        }
        if (e.getStackTrace().length > 0 && e.getStackTrace()[0].getClassName().startsWith("org.eclipse.parsson.")) {
            return error(400, "request.malformed", "JSON"); // the JSON reader's own limits (e.g. nesting depth)
        }
        if (e instanceof ProcessingException || e instanceof jakarta.json.JsonException
                || e instanceof jakarta.json.bind.JsonbException || e instanceof ClassCastException) {
            return error(400, "request.malformed", "JSON");
        }
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            int status = wae.getResponse().getStatus();
            return error(status, status == 401 ? "auth.required" : status == 403 ? "auth.forbidden" : "request.malformed",
                    shortReason(e));
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API failure " + ref, thrown);
        return error(500, "request.internal", ref);
    }

    private Response error(int status, String key, Object... args) {
        Locale locale = ApiErrors.locale(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Response.ResponseBuilder b = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ApiErrors.body(key, Messages.get(locale, key, args)));
        if (status == 401) {
            b.header("WWW-Authenticate", "Bearer realm=\"suanli\"");
        }
        return b.build();
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof EJBException && !(e instanceof EJBAccessException)) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static String shortReason(Throwable e) {
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }
}

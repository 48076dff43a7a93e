package io.suanli.web.console.view.common;

import io.suanli.core.identity.application.RealNameVerificationService;
import io.suanli.core.identity.application.StoredFile;
import io.suanli.core.shared.domain.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /console/files/{id}}: an uploaded file, for its owner and operations staff only (checked by the service). */
@WebServlet("/files/*")
public class FileServlet extends HttpServlet {

    @Inject
    RealNameVerificationService files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile f;
        try {
            f = files.file(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(request.getUserPrincipal() == null ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(f.contentType());
        response.setHeader("Content-Disposition", f.disposition());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(f.content().length);
        response.getOutputStream().write(f.content());
    }
}

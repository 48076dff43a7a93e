package io.suanli.web.console.view.common;

import io.suanli.core.identity.application.RealNameVerificationService;
import io.suanli.core.identity.application.StoredFile;
import io.suanli.core.shared.domain.ForbiddenException;
import io.suanli.core.shared.domain.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /console/files/{id}}: an uploaded file, for its owner and the staff who review it only (checked by the service):
 * operations for real-name files, distribution operations for an application's materials, contract staff for a
 * contract's files (the customer's administrator reads its contract's files as its own).
 */
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
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        StoredFile f = readable(id);
        if (f == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(f.contentType());
        response.setHeader("Content-Disposition", f.disposition());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(f.content().length);
        response.getOutputStream().write(f.content());
    }

    /** The file as its owner or the verification reviewers read it, else as the distributor reviewers do (its materials), else as contract staff do, else null. */
    private StoredFile readable(long id) {
        try {
            return files.file(id);
        } catch (NotFoundException | EJBAccessException | ForbiddenException e) {
            try {
                return files.materials(id);
            } catch (NotFoundException | EJBAccessException | ForbiddenException again) {
                try {
                    return files.contractFile(id);
                } catch (NotFoundException | EJBAccessException | ForbiddenException last) {
                    return null;
                }
            }
        }
    }
}

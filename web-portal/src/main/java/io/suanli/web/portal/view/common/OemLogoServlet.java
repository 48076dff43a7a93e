package io.suanli.web.portal.view.common;

import io.suanli.core.system.application.SettingsService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/** {@code /oem/logo}: the OEM logo uploaded in the system console (its URL carries a version, so it is cached). */
@WebServlet("/oem/logo")
public class OemLogoServlet extends HttpServlet {

    @Inject
    SettingsService settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Object[]> logo = settings.logo();
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = (byte[]) logo.get()[1];
        response.setContentType((String) logo.get()[0]);
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}

package io.suanli.web.portal.view.common;

import io.suanli.core.system.application.SettingsService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code /oem/logo}: the OEM logo uploaded in the system console (its URL carries a version, so it is cached); also
 * {@code /favicon.ico}, which every browser asks for: the same logo, or a plain mark of the platform before one is
 * uploaded.
 */
@WebServlet({"/oem/logo", "/favicon.ico"})
public class OemLogoServlet extends HttpServlet {

    static final String DEFAULT_ICON = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">"
            + "<rect width=\"32\" height=\"32\" rx=\"6\" fill=\"#1f6feb\"/>"
            + "<path d=\"M9 11h14M9 16h14M9 21h14\" stroke=\"#fff\" stroke-width=\"2.5\" stroke-linecap=\"round\"/></svg>";

    @Inject
    SettingsService settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Object[]> logo = settings.logo();
        if (logo.isEmpty() && request.getServletPath().equals("/favicon.ico")) {
            byte[] svg = DEFAULT_ICON.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            response.setContentType("image/svg+xml");
            response.setHeader("Cache-Control", "public, max-age=86400");
            response.setContentLength(svg.length);
            response.getOutputStream().write(svg);
            return;
        }
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

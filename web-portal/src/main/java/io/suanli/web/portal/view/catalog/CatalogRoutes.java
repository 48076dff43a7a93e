package io.suanli.web.portal.view.catalog;

import io.suanli.core.catalog.application.CatalogService;
import io.suanli.core.shared.domain.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The showcase's clean URLs (P1): {@code /products}, {@code /products/category/{code}}, {@code /products/{code}},
 * {@code /products/{code}/buy}, {@code /scenarios}, {@code /scenarios/{code}}, {@code /search?q=}. Each forwards to
 * its page under {@code /catalog/} with the code as a request attribute; buying needs a login first.
 */
@WebFilter(urlPatterns = {"/products", "/products/*", "/scenarios", "/scenarios/*", "/search"})
public class CatalogRoutes extends HttpFilter {

    @Inject
    CatalogService catalog;

    public static final String CODE = "suanli.catalog.code";
    private static final Pattern CODE_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,59}");
    private static final Pattern PRODUCT = Pattern.compile("/products/([^/]+)");
    private static final Pattern BUY = Pattern.compile("/products/([^/]+)/buy");
    private static final Pattern CATEGORY = Pattern.compile("/products/category/([^/]+)");
    private static final Pattern SCENARIO = Pattern.compile("/scenarios/([^/]+)");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        Matcher m;
        if (path.equals("/products")) {
            forward(request, response, "/catalog/products.xhtml", null);
        } else if ((m = CATEGORY.matcher(path)).matches()) {
            String code = m.group(1);
            if (exists(() -> catalog.onShelfInCategory(code))) {
                forward(request, response, "/catalog/products.xhtml", code);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } else if ((m = BUY.matcher(path)).matches()) {
            if (request.getUserPrincipal() == null) {
                String self = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                response.sendRedirect(request.getContextPath() + "/login?next=" + URLEncoder.encode(self, StandardCharsets.UTF_8));
                return;
            }
            String code = m.group(1);
            if (exists(() -> catalog.product(code, false))) {
                forward(request, response, "/catalog/buy.xhtml", code);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } else if ((m = PRODUCT.matcher(path)).matches()) {
            String code = m.group(1);
            if (exists(() -> catalog.product(code, request.getParameter("preview") != null))) {
                forward(request, response, "/catalog/product.xhtml", code);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } else if (path.equals("/scenarios")) {
            forward(request, response, "/catalog/scenarios.xhtml", null);
        } else if ((m = SCENARIO.matcher(path)).matches()) {
            String code = m.group(1);
            if (exists(() -> catalog.scenario(code))) {
                forward(request, response, "/catalog/scenario.xhtml", code);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } else if (path.equals("/search")) {
            forward(request, response, "/catalog/search.xhtml", null);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Whether the lookup finds its object; unknown codes (and malformed ones) are "not found". */
    private static boolean exists(Runnable lookup) {
        try {
            lookup.run();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String view, String code)
            throws IOException, ServletException {
        if (code != null) {
            if (!CODE_PATTERN.matcher(code).matches()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            request.setAttribute(CODE, code);
        }
        request.getRequestDispatcher(view).forward(request, response);
    }
}

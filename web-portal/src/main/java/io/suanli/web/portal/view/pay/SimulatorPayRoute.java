package io.suanli.web.portal.view.pay;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated channel's pay page, {@code /pay/simulator/{orderNo}} (what its QR code points at), forwarded to
 * {@code /pay/simulator.xhtml}; the page answers "not found" outside the dev profile.
 */
@WebFilter(urlPatterns = "/pay/simulator/*")
public class SimulatorPayRoute extends HttpFilter {

    public static final String ORDER = "suanli.pay.order";
    private static final Pattern PATH = Pattern.compile("/pay/simulator/([A-Za-z0-9]{8,32})/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher m = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(ORDER, m.group(1));
        request.getRequestDispatcher("/pay/simulator.xhtml").forward(request, response);
    }
}

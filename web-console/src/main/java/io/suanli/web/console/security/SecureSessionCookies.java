package io.suanli.web.console.security;

import io.suanli.core.shared.application.TransportSecurity;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** The session cookie (its name and SameSite are in web.xml) is Secure when the public URL is HTTPS. */
@WebListener
public class SecureSessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (TransportSecurity.httpsPublicUrl()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}

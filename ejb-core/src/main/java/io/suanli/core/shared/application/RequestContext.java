package io.suanli.core.shared.application;

import jakarta.enterprise.context.RequestScoped;

import java.util.Locale;

/**
 * Facts about the current request that services need but cannot see: the client's address and user agent
 * (for the audit log) and its locale (for messages). The web modules fill it in a filter.
 */
@RequestScoped
public class RequestContext {

    private String ip = "-";
    private String userAgent = "-";
    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public void fill(String ip, String userAgent, Locale locale) {
        this.ip = ip == null ? "-" : ip;
        this.userAgent = userAgent == null ? "-" : truncate(userAgent, 512);
        this.locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    }

    public String ip() {
        return ip;
    }

    public String userAgent() {
        return userAgent;
    }

    public Locale locale() {
        return locale;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}

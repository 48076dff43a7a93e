package io.suanli.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A small HTTP client with a cookie jar, for the API and for form logins. */
public final class Http {

    private final CookieManager cookies = new CookieManager();
    private final String base;

    public Http() {
        this(Deployments.BASE);
    }

    /** A client of another server (e.g. a second one started by a test on other ports). */
    public Http(String base) {
        this.base = base;
    }
    /** The CSP nonce of the last page read: PrimeFaces' script puts it in every form, and a postback must carry it. */
    private volatile String nonce;
    /** HTTP/1.1 only: the JDK client's h2c upgrade now and then misreads a large HTTP/1.1 answer as an HTTP/2 frame. */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = NONCE.matcher(r.headers().firstValue("Content-Security-Policy").orElse(""));
        if (m.find()) {
            nonce = m.group(1);
        }
        return r;
    }

    static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    public HttpResponse<String> json(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> form(String path, Map<String, String> fields, String... headers)
            throws IOException, InterruptedException {
        Map<String, String> posted = fields;
        if (nonce != null && !fields.containsKey("primefaces.nonce") && fields.containsKey("jakarta.faces.ViewState")) {
            posted = new java.util.HashMap<>(fields);
            posted.put("primefaces.nonce", nonce);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncode(posted)));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String urlEncode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public CookieManager cookieHandler() {
        return cookies;
    }

    /** Logs in through the portal's login page, as a browser does; answers the redirect response. */
    public HttpResponse<String> loginForm(String username, String password) throws IOException, InterruptedException {
        return loginForm(username, password, null);
    }

    /** The same, asking to be sent on to {@code next} afterwards (as the console's redirect to the login page does). */
    public HttpResponse<String> loginForm(String username, String password, String next)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get(next == null ? "/login" : "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        Map<String, String> fields = new java.util.HashMap<>(Map.of("loginForm", "loginForm", "loginForm:username", username,
                "loginForm:password", password, "loginForm:submit", "", "jakarta.faces.ViewState", m.group(1)));
        if (next != null) {
            fields.put("next", next);
        }
        return form("/login", fields);
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    public static JsonObject parse(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}

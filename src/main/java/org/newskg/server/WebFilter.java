package org.newskg.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newskg.view.ViewApi;
import org.newskg.view.WebPage;

/**
 * In front of Fuseki: refuses writes on a read-only server, and serves the web page at {@code /},
 * its files under {@code /app/} and the views' JSON under {@code /api/}. Everything else (the
 * SPARQL and Graph Store endpoints) goes on to Fuseki. The page may only load from and talk to
 * this server: every answer carries a Content-Security-Policy that says so.
 */
final class WebFilter implements Filter {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final ViewApi api;
    private final boolean allowUpdate;

    WebFilter(ViewApi api, boolean allowUpdate) {
        this.api = api;
        this.allowUpdate = allowUpdate;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        if (!allowUpdate && ReadOnlyGuard.refuse(request, response)) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean get = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (get && path.startsWith("/api/")) {
            answerApi(path.substring("/api/".length()), request, response);
            return;
        }
        if (get && (path.equals("/") || path.equals("/index.html") || path.startsWith("/app/"))) {
            Optional<WebPage.Asset> asset = WebPage.asset(path.equals("/") ? "index.html" : path.substring(1));
            if (asset.isPresent()) {
                send(response, HttpServletResponse.SC_OK, asset.get().contentType(), asset.get().bytes());
                return;
            }
        }
        chain.doFilter(req, resp);
    }

    private void answerApi(String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> params = new HashMap<>();
        request.getParameterMap().forEach((k, v) -> params.put(k, v[0]));
        try {
            Optional<String> json = api.answer(name, params);
            if (json.isPresent()) {
                send(response, HttpServletResponse.SC_OK, "application/json;charset=utf-8", json.get().getBytes(UTF_8));
            } else {
                send(response, HttpServletResponse.SC_NOT_FOUND, "text/plain;charset=utf-8",
                        ("nothing at /api/" + name + " for " + params + "\n").getBytes(UTF_8));
            }
        } catch (IllegalArgumentException e) {
            send(response, HttpServletResponse.SC_BAD_REQUEST, "text/plain;charset=utf-8",
                    (e.getMessage() + "\n").getBytes(UTF_8));
        }
    }

    private static void send(HttpServletResponse response, int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

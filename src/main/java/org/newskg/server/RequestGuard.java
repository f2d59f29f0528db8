package org.newskg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first filter of every request. It sets the security headers on every answer, errors
 * included; refuses a {@code Host} the server was not started for (DNS rebinding), a write or
 * POST whose {@code Origin} is another site (cross-site request forgery), JSONP
 * ({@code callback}) and the XML results' {@code stylesheet} parameter, and queries longer than
 * {@link #MAX_QUERY_CHARS}; and holds the answers of the SPARQL and Graph Store endpoints until
 * they are complete ({@link BufferedResponse}), refusing one larger than the cap.
 */
final class RequestGuard implements Filter {
    /** The longest query or update text accepted, in characters (in bytes when sent as the body). */
    static final int MAX_QUERY_CHARS = 100_000;
    /** The request parameters refused everywhere: JSONP and an XSLT reference copied into XML results. */
    static final Set<String> REFUSED_PARAMETERS = Set.of("callback", "stylesheet");
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-f:.]+\\]");

    private final boolean everyInterface;
    private final Set<String> extraHosts;
    private final long maxAnswerBytes;
    private final Duration timeout;
    private final QueryWatchdog watchdog;

    RequestGuard(boolean everyInterface, Set<String> extraHosts, long maxAnswerBytes, Duration timeout, QueryWatchdog watchdog) {
        this.everyInterface = everyInterface;
        this.extraHosts = Set.copyOf(extraHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        this.maxAnswerBytes = maxAnswerBytes;
        this.timeout = timeout;
        this.watchdog = watchdog;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        ServerAnswers.secure(response);
        Refusal refusal = refusal(request);
        if (refusal != null) {
            ServerAnswers.refuse(request, response, refusal.status(), refusal.message());
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isEndpoint(path)) {
            chain.doFilter(request, response);
            return;
        }
        BufferedResponse held = new BufferedResponse(response, maxAnswerBytes);
        TimedRegex.startDeadline(System.nanoTime() + timeout.toNanos());
        try {
            chain.doFilter(request, held);
        } finally {
            TimedRegex.clearDeadline();
            watchdog.finished(request);
        }
        if (held.overflowed()) {
            ServerAnswers.plain(response, 413, "the answer is larger than this server's limit of " + maxAnswerBytes
                    + " bytes (--max-answer-mb): ask for less (LIMIT, one graph with ?graph=IRI) or use newskg export");
            return;
        }
        watchdog.reason(request).ifPresent(reason -> held.sendError(503, reason));
        if (held.cancelledMidAnswer()) {
            held.sendError(503, "Query timed out: stopped after this server's limit of " + timeout.toSeconds()
                    + " s (--timeout); the partial answer was dropped");
        }
        held.complete();
    }

    private static boolean isEndpoint(String path) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        return KgServer.QUERY_ENDPOINTS.contains(name) || name.equals("data") || name.equals("update");
    }

    /** A request refused before it reaches an endpoint. */
    private record Refusal(int status, String message) {
    }

    /** Why the request is refused, or null to let it through. */
    private Refusal refusal(HttpServletRequest request) {
        String host = hostName(request.getHeader("Host"));
        if (!servedHost(host)) {
            return new Refusal(403, "Host '" + host + "' is not a name this server answers to (a DNS rebinding attempt?); "
                    + "start it with --allow-host " + host + " to serve it under that name");
        }
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        if (!read && crossSite(request)) {
            return new Refusal(403, "cross-site " + method + " refused: the request came from another origin ("
                    + request.getHeader("Origin") + ")");
        }
        for (String name : REFUSED_PARAMETERS) {
            if (request.getParameter(name) != null) {
                return new Refusal(400, "the '" + name + "' parameter is not supported by this server");
            }
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isEndpoint(path) && !path.equals("/data")) {
            Refusal tooLong = new Refusal(413, "the query is longer than this server's limit of " + MAX_QUERY_CHARS + " characters");
            if (request.getContentLengthLong() > MAX_QUERY_CHARS) {
                return tooLong;
            }
            String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
            if (method.equals("POST") && request.getContentLengthLong() < 0 && !type.startsWith("application/x-www-form-urlencoded")) {
                return new Refusal(411, "a query sent in the body needs a Content-Length");
            }
            for (String name : new String[] {"query", "update"}) {
                String text = request.getParameter(name);
                if (text != null && text.length() > MAX_QUERY_CHARS) {
                    return tooLong;
                }
            }
        }
        return null;
    }

    /** A browser says where a request comes from; another origin may not write or post. */
    private static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        return host == null || !origin.equalsIgnoreCase("http://" + host);
    }

    private boolean servedHost(String host) {
        if (host.isEmpty()) {
            return false;
        }
        if (LOOPBACK_NAMES.contains(host) || extraHosts.contains(host)) {
            return true;
        }
        return everyInterface && IP_LITERAL.matcher(host).matches();
    }

    /** The host of a Host header, lower-cased, without its port. */
    static String hostName(String header) {
        if (header == null) {
            return "";
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}

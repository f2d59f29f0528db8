package org.newskg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Refuses, on a read-only server, every request that would change the dataset: SPARQL Update
 * (sent to any endpoint, as a body or a form field) is answered 403 Forbidden, and a write method
 * (PUT, POST, DELETE, PATCH) anywhere but a query endpoint 405 Method Not Allowed.
 */
final class ReadOnlyGuard {
    private ReadOnlyGuard() {
    }

    /** Answers a write with its refusal and returns true, or returns false for a read to pass on. */
    static boolean refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean update = path.equals("/update") || contentType.startsWith("application/sparql-update")
                || (method.equals("POST") && contentType.startsWith("application/x-www-form-urlencoded")
                    && request.getParameter("update") != null);
        if (update) {
            ServerAnswers.refuse(request, response, HttpServletResponse.SC_FORBIDDEN,
                    "SPARQL Update is not allowed: this server is read-only (start it with --allow-update to accept updates)");
            return true;
        }
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        boolean query = method.equals("POST") && KgServer.QUERY_ENDPOINTS.contains(path.substring(1));
        if (!read && !query) {
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            ServerAnswers.refuse(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    method + " is not allowed on " + path + ": this server is read-only (start it with --allow-update to accept writes)");
            return true;
        }
        return false;
    }
}

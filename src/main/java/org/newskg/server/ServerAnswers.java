package org.newskg.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/** The headers every answer carries, and plain-text answers for refusals and errors. */
final class ServerAnswers {
    /** The policy of everything but the web page: nothing may run, load or frame it. */
    static final String DATA_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

    private static final long DRAIN_LIMIT = 1 << 20;

    private ServerAnswers() {
    }

    /** Sets the security headers (the page's own files set a policy of their own afterwards). */
    static void secure(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", DATA_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    }

    /**
     * Refuses a request: reads what is left of its body first (up to 1 MiB; past that the
     * connection is closed), so that a client sending its next request on the same connection
     * does not find it closed under it, then answers with the status and message.
     */
    static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        long length = request.getContentLengthLong();
        if (length > DRAIN_LIMIT) {
            response.setHeader("Connection", "close");
        } else {
            try {
                InputStream in = request.getInputStream();
                if (in.readNBytes((int) DRAIN_LIMIT + 1).length > DRAIN_LIMIT) {
                    response.setHeader("Connection", "close");
                }
            } catch (IllegalStateException e) {
                // the body was read as form parameters already
            }
        }
        plain(response, status, message);
    }

    /** Answers with a status and a one-line plain-text message. */
    static void plain(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = (message.endsWith("\n") ? message : message + "\n").getBytes(UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

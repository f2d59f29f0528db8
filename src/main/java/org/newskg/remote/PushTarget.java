package org.newskg.remote;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to push.
 *
 * @param endpoint the store's Graph Store Protocol endpoint (Fuseki: http://host:3030/DATASET or .../data)
 * @param user     the user for HTTP authentication, if the store wants one
 * @param password its password
 * @param replace  PUT (replace each graph) rather than POST (add to it)
 * @param attempts how many times to try a request whose failure is transient (I/O error, 408, 429, 5xx)
 * @param backoff  the wait before the second try; it doubles for each further one
 */
public record PushTarget(String endpoint, Optional<String> user, Optional<String> password, boolean replace,
                         int attempts, Duration backoff) {
    public PushTarget {
        Objects.requireNonNull(endpoint, "endpoint may not be null");
        Objects.requireNonNull(user, "user may not be null");
        Objects.requireNonNull(password, "password may not be null");
        Objects.requireNonNull(backoff, "backoff may not be null");
        if (!endpoint.matches("https?://.+")) {
            throw new IllegalArgumentException("the endpoint must be an http:// or https:// URL: " + endpoint);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        if (user.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException("a user needs a password and a password a user");
        }
    }
}

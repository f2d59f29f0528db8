package org.newskg.app;

/** An input that could not be built; {@code message} names the file and, when known, the line. */
public record BuildFailure(String source, String message) {
}

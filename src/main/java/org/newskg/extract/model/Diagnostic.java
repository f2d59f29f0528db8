package org.newskg.extract.model;

import java.util.Objects;
import org.newskg.extract.text.Span;

/**
 * Something odd in the input that extraction worked around, such as an unbalanced quotation mark.
 *
 * @param span    where
 * @param message what
 */
public record Diagnostic(Span span, String message) {
    public Diagnostic {
        Objects.requireNonNull(span, "span may not be null");
        Objects.requireNonNull(message, "message may not be null");
    }
}

package org.newskg.extract.model;

import java.util.Objects;
import java.util.Optional;
import org.newskg.extract.text.Span;

/**
 * A statement: words in quotation marks or reported speech.
 *
 * @param span        the statement's words, without quotation marks
 * @param text        the covered text
 * @param kind        direct or reported
 * @param sentence    the index of the sentence the statement starts in
 * @param attribution the speaker, when the text gives one
 */
public record Quote(Span span, String text, QuoteKind kind, int sentence, Optional<Attribution> attribution) {
    public Quote {
        Objects.requireNonNull(span, "span may not be null");
        Objects.requireNonNull(text, "text may not be null");
        Objects.requireNonNull(kind, "kind may not be null");
        Objects.requireNonNull(attribution, "attribution may not be null");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a quote needs words");
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("quote text does not fit its span " + span);
        }
    }

    /** The same quote with a speaker. */
    public Quote attributed(Attribution a) {
        return new Quote(span, text, kind, sentence, Optional.of(a));
    }
}

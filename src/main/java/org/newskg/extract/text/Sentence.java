package org.newskg.extract.text;

import java.util.Objects;

/**
 * A sentence of the article text.
 *
 * @param index     0-based position among the article's sentences (the headline is sentence 0)
 * @param span      where it is in the article text, without surrounding white space
 * @param paragraph 0-based paragraph number (the headline is paragraph 0)
 */
public record Sentence(int index, Span span, int paragraph) {
    public Sentence {
        Objects.requireNonNull(span, "span may not be null");
        if (index < 0 || paragraph < 0) {
            throw new IllegalArgumentException("index and paragraph must not be negative");
        }
    }
}

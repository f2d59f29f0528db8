package org.newskg.extract.text;

import java.util.Objects;

/**
 * A word, number or punctuation mark.
 *
 * @param span     where it is in the article text
 * @param text     the covered text
 * @param sentence the index of its sentence
 */
public record Token(Span span, String text, int sentence) {
    public Token {
        Objects.requireNonNull(span, "span may not be null");
        Objects.requireNonNull(text, "text may not be null");
        if (text.isEmpty() || text.length() != span.length()) {
            throw new IllegalArgumentException("token text '" + text + "' does not fit its span " + span);
        }
    }

    /** Starts with an upper-case letter. */
    public boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** Starts with a letter or digit. */
    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** The possessive "'s" (or "\u2019s"), a token of its own. */
    public boolean isPossessive() {
        return text.equals("'s") || text.equals("\u2019s");
    }

    public boolean is(String word) {
        return text.equals(word);
    }

    public boolean isIgnoreCase(String word) {
        return text.equalsIgnoreCase(word);
    }
}

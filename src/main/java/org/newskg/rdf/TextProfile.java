package org.newskg.rdf;

import java.util.Locale;

/**
 * How much of an article's text its graph holds. Every profile keeps every fact, entity and
 * span; spans are NIF 2.0 RFC 5147 IRIs ({@code <article>#char=begin,end}, code points) in all
 * of them, so a fact's words can always be recovered from the article by their offsets.
 */
public enum TextProfile {
    /**
     * Everything: the article text, every sentence and mention as a typed NIF phrase with its
     * offsets, its own words ({@code nif:anchorOf}) and its context, a statement's words as
     * {@code schema:text}, the rule that found each mention.
     */
    FULL,
    /**
     * The default: the article text once ({@code nif:isString} of its context); a fact's
     * evidence and sentence with their offsets, no copy of their words; a mention is its span
     * IRI and the entity it names, an attribution cue its span IRI.
     */
    SPANS,
    /**
     * As {@link #SPANS} with no article text at all (no context string, no headline, no
     * arrested person's description): the facts, the offsets, the source URL and the content
     * hash, for archives whose text may not be passed on.
     */
    NONE;

    /** The profile of this name (full, spans or none, any case). */
    public static TextProfile parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown text profile '" + name + "': use full, spans or none");
        }
    }

    /** Whether the graph holds the article's text (its context string). */
    public boolean keepsText() {
        return this != NONE;
    }

    /** Whether the graph holds copies of the words of spans and statements, and every sentence. */
    public boolean keepsCopies() {
        return this == FULL;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

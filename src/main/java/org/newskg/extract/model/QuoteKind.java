package org.newskg.extract.model;

/** Whether a statement is quoted word for word or reported. */
public enum QuoteKind {
    /** The speaker's own words, between quotation marks. */
    DIRECT,
    /** Reported speech: what the text says the speaker said. */
    REPORTED
}

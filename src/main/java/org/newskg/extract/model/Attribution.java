package org.newskg.extract.model;

import java.util.Objects;
import org.newskg.extract.text.Span;

/**
 * Who said a statement and how that was decided.
 *
 * @param speaker the speaker
 * @param sieve   the name of the attribution sieve that decided
 * @param verb    the reporting verb or phrase ("said", "told", "according to", "wrote")
 * @param cue     where the speaker is named or referred to ("he", "Ford", "a statement from the FBI")
 */
public record Attribution(Speaker speaker, String sieve, String verb, Span cue) {
    public Attribution {
        Objects.requireNonNull(speaker, "speaker may not be null");
        Objects.requireNonNull(sieve, "sieve may not be null");
        Objects.requireNonNull(verb, "verb may not be null");
        Objects.requireNonNull(cue, "cue may not be null");
    }
}

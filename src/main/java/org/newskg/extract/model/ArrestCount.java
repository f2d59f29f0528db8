package org.newskg.extract.model;

import java.util.Objects;
import java.util.Optional;
import org.newskg.extract.text.Span;

/**
 * A number of people the text says were arrested (or detained, held, taken into custody).
 *
 * @param span        the words that state the count, from the number to the arrest word
 * @param numberSpan  the number as written ("107", "nine", "twelfth")
 * @param count       the number
 * @param qualifier   "exact", "at least" (more than, at least, over) or "about" (about, around, some)
 * @param counted     what was counted ("people", "illegal immigrants", "arrests"); "people" when unsaid
 * @param placeKey    the key of the place the arrests were in, when the text ties them to one
 * @param nationwide  the count is a national total
 * @param sentence    the index of the sentence it was read from
 * @param rule        the pattern that found it
 */
public record ArrestCount(Span span, Span numberSpan, long count, String qualifier, String counted,
                          Optional<String> placeKey, boolean nationwide, int sentence, String rule) {
    public ArrestCount {
        Objects.requireNonNull(span, "span may not be null");
        Objects.requireNonNull(numberSpan, "numberSpan may not be null");
        Objects.requireNonNull(qualifier, "qualifier may not be null");
        Objects.requireNonNull(counted, "counted may not be null");
        Objects.requireNonNull(placeKey, "placeKey may not be null");
        Objects.requireNonNull(rule, "rule may not be null");
        if (count <= 0) {
            throw new IllegalArgumentException("an arrest count must be positive, got " + count);
        }
        if (nationwide && placeKey.isPresent()) {
            throw new IllegalArgumentException("a count is either nationwide or tied to a place, not both");
        }
    }
}

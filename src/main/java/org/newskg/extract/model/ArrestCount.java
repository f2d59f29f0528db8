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
 * @param restates    the span of an earlier count of the article that this one states again (the
 *                    headline's "Six held" in the body, "the six" after "six men were arrested"): one
 *                    fact, to be counted once
 */
public record ArrestCount(Span span, Span numberSpan, long count, String qualifier, String counted,
                          Optional<String> placeKey, boolean nationwide, int sentence, String rule, Optional<Span> restates) {
    /** A count that states no earlier one again. */
    public ArrestCount(Span span, Span numberSpan, long count, String qualifier, String counted,
                       Optional<String> placeKey, boolean nationwide, int sentence, String rule) {
        this(span, numberSpan, count, qualifier, counted, placeKey, nationwide, sentence, rule, Optional.empty());
    }

    public ArrestCount {
        Objects.requireNonNull(span, "span may not be null");
        Objects.requireNonNull(numberSpan, "numberSpan may not be null");
        Objects.requireNonNull(qualifier, "qualifier may not be null");
        Objects.requireNonNull(counted, "counted may not be null");
        Objects.requireNonNull(placeKey, "placeKey may not be null");
        Objects.requireNonNull(rule, "rule may not be null");
        Objects.requireNonNull(restates, "restates may not be null");
        if (count <= 0) {
            throw new IllegalArgumentException("an arrest count must be positive, got " + count);
        }
        if (nationwide && placeKey.isPresent()) {
            throw new IllegalArgumentException("a count is either nationwide or tied to a place, not both");
        }
        if (restates.isPresent() && restates.get().begin() >= span.begin()) {
            throw new IllegalArgumentException("a count restates an earlier count, not " + restates.get());
        }
    }
}

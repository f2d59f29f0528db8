package org.newskg.extract.model;

import java.util.Objects;
import java.util.Optional;
import org.newskg.extract.text.Span;

/**
 * One arrested person the text describes without naming ("a citizen of India ... in Boston").
 *
 * @param span           the description
 * @param description    the covered text
 * @param nationalityKey the country the person is a citizen of, when said
 * @param placeKey       where the arrest was, when said
 * @param sentence       the index of the sentence
 */
public record IndividualArrest(Span span, String description, Optional<String> nationalityKey,
                               Optional<String> placeKey, int sentence) {
    public IndividualArrest {
        Objects.requireNonNull(span, "span may not be null");
        Objects.requireNonNull(description, "description may not be null");
        Objects.requireNonNull(nationalityKey, "nationalityKey may not be null");
        Objects.requireNonNull(placeKey, "placeKey may not be null");
    }
}

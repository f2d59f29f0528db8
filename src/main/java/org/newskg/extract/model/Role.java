package org.newskg.extract.model;

import java.util.Objects;
import java.util.Optional;
import org.newskg.extract.text.Span;

/**
 * A role a person is given in the text ("executive associate director"), with the organization
 * it is held at when the text says so.
 *
 * @param title          the role as written, lower-cased only where the text had it so
 * @param organizationKey key of the organization entity, when stated
 * @param span           where the role is stated
 */
public record Role(String title, Optional<String> organizationKey, Span span) {
    public Role {
        Objects.requireNonNull(title, "title may not be null");
        Objects.requireNonNull(organizationKey, "organizationKey may not be null");
        Objects.requireNonNull(span, "span may not be null");
        if (title.isBlank()) {
            throw new IllegalArgumentException("role title may not be blank");
        }
    }
}

package org.newskg.extract.model;

import java.util.Objects;
import org.newskg.extract.text.Span;

/**
 * One place in the text that names an entity.
 *
 * @param span the name as written (without titles such as "Mr" or "Officer")
 * @param text the covered text
 * @param type what kind of entity it names
 * @param name the name it gives the entity: the text, or the gazetteer's canonical name
 * @param rule the evidence that decided the type, e.g. "gazetteer", "title", "first-name", "speech-verb"
 * @param place the gazetteer place, for places
 */
public record EntityMention(Span span, String text, EntityType type, String name, String rule,
                            java.util.Optional<Place> place) {
    public EntityMention {
        Objects.requireNonNull(span, "span may not be null");
        Objects.requireNonNull(text, "text may not be null");
        Objects.requireNonNull(type, "type may not be null");
        Objects.requireNonNull(name, "name may not be null");
        Objects.requireNonNull(rule, "rule may not be null");
        Objects.requireNonNull(place, "place may not be null");
        if (type == EntityType.PLACE && place.isEmpty()) {
            throw new IllegalArgumentException("a place mention needs its place: " + text);
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text '" + text + "' does not fit its span " + span);
        }
    }
}

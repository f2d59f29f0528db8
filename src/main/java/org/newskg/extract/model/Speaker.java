package org.newskg.extract.model;

import java.util.Objects;

/**
 * Who a statement is attributed to: a named entity of the article, or a group the text names
 * only by description ("campaigners in Leeds", "police").
 *
 * @param key  an entity key, or a group key ({@link EntityKeys#group})
 * @param name the entity's name or the group's description
 * @param type a person, an organization, a described group, or an unnamed source
 */
public record Speaker(String key, String name, SpeakerType type) {
    public Speaker {
        Objects.requireNonNull(key, "key may not be null");
        Objects.requireNonNull(name, "name may not be null");
        Objects.requireNonNull(type, "type may not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("speaker name may not be blank");
        }
    }

    /** What kind of speaker. */
    public enum SpeakerType {
        /** A named person of the article. */
        PERSON,
        /** A named organization of the article. */
        ORGANIZATION,
        /** People described by a plural noun tied to a named place or organization ("campaigners in Leeds"). */
        GROUP,
        /** Someone the text does not name ("a police spokesman", "officials"). */
        UNNAMED
    }
}

package org.newskg.extract.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newskg.extract.text.Span;

/**
 * A person, organization or place of one article, with every mention that names it.
 *
 * @param key      stable across articles: type and normalized name ("person/ann-ford")
 * @param type     person, organization or place
 * @param name     the canonical name (the fullest form in the text, or the gazetteer's)
 * @param aliases  the other names the text uses for it, sorted, without {@code name}
 * @param mentions the mentions, in text order; never empty
 * @param place    the gazetteer entry, for places
 * @param roles    roles stated for a person
 */
public record Entity(String key, EntityType type, String name, List<String> aliases, List<EntityMention> mentions,
                     Optional<Place> place, List<Role> roles) {
    public Entity {
        Objects.requireNonNull(key, "key may not be null");
        Objects.requireNonNull(type, "type may not be null");
        Objects.requireNonNull(name, "name may not be null");
        Objects.requireNonNull(place, "place may not be null");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an entity needs at least one mention: " + key);
        }
        if (type == EntityType.PLACE && place.isEmpty()) {
            throw new IllegalArgumentException("a place entity needs its gazetteer entry: " + key);
        }
    }

    /**
     * A person the article names by one word only ("Marsh", "Mr Garrard"): it never says which
     * Marsh, so the name cannot stand for one person across articles.
     */
    public boolean partialName() {
        return type == EntityType.PERSON && name.strip().indexOf(' ') < 0;
    }

    /**
     * The names worth recording for the entity across articles: for a person, the forms of two
     * words or more (a bare "Marsh" belongs to every Marsh); for anything else, all its aliases.
     */
    public List<String> distinctiveAliases() {
        if (type != EntityType.PERSON) {
            return aliases;
        }
        return aliases.stream().filter(a -> a.strip().indexOf(' ') > 0).toList();
    }

    /** The first mention's span. */
    public Span firstSpan() {
        return mentions.get(0).span();
    }
}

package org.newskg.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A gold arrest count.
 *
 * @param count        the number
 * @param place        the place's gold name, "nationwide", or empty when the article ties it to none
 * @param placeAliases other names that match the place for this count only
 */
public record GoldCount(long count, Optional<String> place, List<String> placeAliases) {
    public GoldCount {
        Objects.requireNonNull(place, "place may not be null");
        placeAliases = List.copyOf(placeAliases);
    }

    String label() {
        return count + "@" + place.orElse("None");
    }
}

package org.newskg.eval;

import java.util.List;
import java.util.Objects;

/**
 * A gold person, organization or place: its name and the other names that also match it.
 *
 * @param name    the gold name
 * @param aliases other names that match
 */
public record GoldItem(String name, List<String> aliases) {
    public GoldItem {
        Objects.requireNonNull(name, "name may not be null");
        aliases = List.copyOf(aliases);
    }
}

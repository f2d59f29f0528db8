package org.newskg.extract.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Given names from public data (PDDL/CC0 lists of common English female and male first names):
 * a capitalised word that is one, followed by another capitalised word, is evidence of a
 * person's name; a name on one list only tells whom "she" or "he" can mean.
 */
public final class NameLexicon {
    /** What the lists say of a given name. */
    public enum Gender { FEMALE, MALE }

    private final Map<String, String> firstNames;

    private NameLexicon(Map<String, String> firstNames) {
        this.firstNames = Map.copyOf(firstNames);
    }

    /** Loads {@code first-names.tsv} (name, then f, m or fm) from the classpath. */
    public static NameLexicon load() {
        Map<String, String> names = new HashMap<>();
        for (String[] row : ResourceLib.rows("first-names.tsv")) {
            names.put(row[0], row.length > 1 ? row[1] : "");
        }
        return new NameLexicon(names);
    }

    public boolean isFirstName(String word) {
        return firstNames.containsKey(word);
    }

    /** The gender of a given name on one list only; empty for a name on both lists or on none. */
    public Optional<Gender> gender(String firstName) {
        return switch (firstNames.getOrDefault(firstName, "")) {
            case "f" -> Optional.of(Gender.FEMALE);
            case "m" -> Optional.of(Gender.MALE);
            default -> Optional.empty();
        };
    }
}

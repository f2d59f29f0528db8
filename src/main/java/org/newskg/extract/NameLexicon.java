package org.newskg.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * Given names from public data (PDDL/CC0 lists of common English first names): a capitalised
 * word that is one, followed by another capitalised word, is evidence of a person's name.
 */
public final class NameLexicon {
    private final Set<String> firstNames;

    private NameLexicon(Set<String> firstNames) {
        this.firstNames = Set.copyOf(firstNames);
    }

    /** Loads {@code first-names.txt} from the classpath. */
    public static NameLexicon load() {
        return new NameLexicon(new HashSet<>(ResourceLib.lines("first-names.txt")));
    }

    public boolean isFirstName(String word) {
        return firstNames.contains(word);
    }
}

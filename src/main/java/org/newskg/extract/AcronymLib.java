package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Acronyms and the names they abbreviate. */
final class AcronymLib {
    private static final Set<String> SKIPPED = Set.of("of", "and", "for", "the", "&", "on", "in", "to", "de");

    private AcronymLib() {
    }

    /** Two to six capitals, possibly with full stops ("FBI", "U.N."). */
    static boolean isAcronym(String word) {
        String letters = word.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase)
                && letters.chars().allMatch(Character::isLetter);
    }

    /**
     * Whether an acronym abbreviates a name: its letters are the initials of the name's words,
     * small words optional ("FBI" for "Federal Bureau of Invstigation", "SNP" for "Scottish
     * National Party"). A leading country ("U.S.") may be left out of the acronym.
     */
    static boolean initialsMatch(String name, String acronym) {
        String letters = acronym.replace(".", "");
        List<String> words = new ArrayList<>();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.size() < 2) {
            return false;
        }
        if (matches(words, 0, letters, 0)) {
            return true;
        }
        return words.get(0).matches("(?:\\p{Lu}\\.)+") && matches(words, 1, letters, 0);
    }

    private static boolean matches(List<String> words, int w, String letters, int l) {
        if (w == words.size()) {
            return l == letters.length();
        }
        String word = words.get(w);
        boolean small = SKIPPED.contains(word.toLowerCase(java.util.Locale.ROOT));
        if (small && matches(words, w + 1, letters, l)) {
            return true;
        }
        return l < letters.length() && Character.toUpperCase(word.charAt(0)) == letters.charAt(l)
                && matches(words, w + 1, letters, l + 1);
    }
}

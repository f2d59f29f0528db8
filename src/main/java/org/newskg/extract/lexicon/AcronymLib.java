package org.newskg.extract.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Acronyms and the names they abbreviate. */
public final class AcronymLib {
    private static final Set<String> SKIPPED = Set.of("of", "and", "for", "the", "&", "on", "in", "to", "de");

    private AcronymLib() {
    }

    /** Two to six capitals, possibly with full stops ("FBI", "U.N."). */
    public static boolean isAcronym(String word) {
        String letters = word.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase)
                && letters.chars().allMatch(Character::isLetter);
    }

    /**
     * Whether an acronym abbreviates a name: its letters are the initials of the name's words,
     * small words optional ("FBI" for "Federal Bureau of Invstigation", "SNP" for "Scottish
     * National Party"). A leading country ("U.S.") may be left out of the acronym.
     */
    public static boolean initialsMatch(String name, String acronym) {
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

    /**
     * Every acronym that {@link #initialsMatch} accepts for a name, so that a stage can look
     * acronyms up instead of trying each name against each acronym.
     */
    public static Set<String> acronymsOf(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Set<String> out = new java.util.HashSet<>();
        if (words.size() < 2) {
            return out;
        }
        collect(words, 0, new StringBuilder(), out);
        if (words.get(0).matches("(?:\\p{Lu}\\.)+")) {
            collect(words, 1, new StringBuilder(), out);
        }
        return out;
    }

    private static void collect(List<String> words, int w, StringBuilder letters, Set<String> out) {
        if (letters.length() > 6) {
            return;
        }
        if (w == words.size()) {
            if (letters.length() >= 2) {
                out.add(letters.toString());
            }
            return;
        }
        String word = words.get(w);
        if (SKIPPED.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            collect(words, w + 1, letters, out);
        }
        letters.append(Character.toUpperCase(word.charAt(0)));
        collect(words, w + 1, letters, out);
        letters.setLength(letters.length() - 1);
    }
}

package org.newskg.extract.count;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.newskg.extract.lexicon.NumberWords;
import org.newskg.extract.text.Token;
import org.newskg.extract.text.Words;

/** The words that say people were arrested, and the search for them after a number. */
final class ArrestPhrases {
    /** Participles of arrest in the passive ("were arrested", "taken into custody", "rounded up"). */
    static final Set<String> PARTICIPLES = Set.of(
            "arrested", "detained", "held", "apprehended", "nabbed", "taken", "rounded", "captured", "seized", "picked");
    /** Active forms that take the count as object ("arresting 498 people", "police arrested eight"). */
    static final Set<String> ACTIVE = Set.of(
            "arrested", "arresting", "arrest", "arrests", "detained", "detaining", "detain", "apprehended",
            "apprehending");
    static final Set<String> AUXILIARIES = Set.of(
            "were", "was", "are", "is", "been", "being", "be", "have", "has", "had", "got", "get", "reportedly",
            "also", "later", "subsequently", "all", "then", "now", "variously", "initially", "briefly");

    /** Finite verbs, modals and wh-words: another clause begins. */
    private static final Set<String> CLAUSE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD", "WDT", "WP", "WP$", "WRB");
    /** Words that open a subordinate clause. */
    private static final Set<String> SUBORDINATORS = Set.of(
            "while", "when", "whereas", "although", "though", "because", "since", "if", "unless", "until", "that");

    private ArrestPhrases() {
    }

    /**
     * "NUMBER [nouns, a parenthesis, commas] [were|had been ...] arrested": the arrest word's
     * index, when the number is the subject of a passive arrest; {@code tagIs} tests the
     * part-of-speech tag of a token of the sentence.
     */
    static Optional<Integer> passiveArrest(List<Token> ts, int from, BiPredicate<Integer, Predicate<String>> tagIs) {
        if (!hasParticipleFrom(ts, from)) {
            return Optional.empty();
        }
        int i = from;
        int words = 0;
        boolean people = false;
        while (i < ts.size() && words < 12) {
            Token t = ts.get(i);
            String w = Words.lower(t.text());
            if (t.is("--") || t.is("(") || t.is("\u2014") || t.is("-") && i + 1 < ts.size() && ts.get(i + 1).is("-")) {
                i = skipParenthesis(ts, i);
                continue;
            }
            if (PARTICIPLES.contains(w)) {
                boolean coordinated = i > from && (ts.get(i - 1).is("and") || ts.get(i - 1).is(","));
                return !coordinated && isArrestPhrase(ts, i, people) ? Optional.of(i) : Optional.empty();
            }
            if (AUXILIARIES.contains(w)) {
                i++;
                continue;
            }
            boolean number = NumberWords.cardinal(t.text()).isPresent() && !NumberContext.isNotPeople(ts, i);
            if (number || w.equals("not") || w.equals(";") || w.equals(":")) {
                return Optional.empty();
            }
            if (endsTheSubject(ts, i, w, tagIs)) {
                int and = coordinatedPassive(ts, i);
                if (and < 0) {
                    return Optional.empty();
                }
                i = and + 1;
                continue;
            }
            people |= NumberContext.PEOPLE.contains(w) || w.equals("of") && i + 1 < ts.size() && ts.get(i + 1).is("them");
            i++;
            words++;
        }
        return Optional.empty();
    }

    /**
     * A verb of its own ("face", "were injured", by its part-of-speech tag; a participle right
     * after a noun, "climbers stranded overnight", still describes the subject), or a word that
     * opens another clause ("who", "while"): the number is the subject of something else.
     */
    private static boolean endsTheSubject(List<Token> ts, int i, String w, BiPredicate<Integer, Predicate<String>> tagIs) {
        if (SUBORDINATORS.contains(w)) {
            return true;
        }
        boolean passive = !PARTICIPLES.contains(w) && i > 0 && AUXILIARIES.contains(Words.lower(ts.get(i - 1).text()))
                && tagIs.test(i, "VBN"::equals);
        return passive || tagIs.test(i, CLAUSE_TAGS::contains);
    }

    /**
     * "Forty miners occupied the pit and were arrested": the "and" after which the number's
     * subject goes on to a passive ("and were", "and had been"), or -1.
     */
    private static int coordinatedPassive(List<Token> ts, int verb) {
        for (int j = verb + 1; j + 1 < ts.size() && j < verb + 10; j++) {
            if (ts.get(j).is(";") || ts.get(j).is(":") || NumberWords.cardinal(ts.get(j).text()).isPresent()) {
                return -1;
            }
            if (ts.get(j).is("and") && (ts.get(j + 1).is("were") || ts.get(j + 1).is("was") || ts.get(j + 1).is("had")
                    || ts.get(j + 1).is("have"))) {
                return j;
            }
        }
        return -1;
    }

    /** "taken into custody", "rounded up", or a plain arrest participle; "held" only of people or in custody. */
    private static boolean isArrestPhrase(List<Token> ts, int i, boolean people) {
        String w = Words.lower(ts.get(i).text());
        Token next = i + 1 < ts.size() ? ts.get(i + 1) : null;
        return switch (w) {
            case "taken" -> next != null && next.is("into") && i + 2 < ts.size() && ts.get(i + 2).is("custody");
            case "rounded" -> next != null && next.is("up");
            case "picked" -> next != null && next.is("up") && byPolice(ts, i + 2);
            case "held", "seized", "captured" -> i > 0 && AUXILIARIES.contains(Words.lower(ts.get(i - 1).text()))
                    && (people || next != null && (next.is("in") || next.is("without") || next.is("by")
                    || next.is("for") || next.is("on") && i + 2 < ts.size()
                    && (ts.get(i + 2).is("suspicion") || ts.get(i + 2).is("remand"))));
            default -> true;
        };
    }

    /**
     * Whether an arrest participle comes anywhere after {@code from} in the sentence: the search
     * can only end there, so without one the words need no tags (most numbers are not counts).
     */
    private static boolean hasParticipleFrom(List<Token> ts, int from) {
        for (int j = from; j < ts.size(); j++) {
            if (PARTICIPLES.contains(Words.lower(ts.get(j).text()))) {
                return true;
            }
        }
        return false;
    }

    /** "by police", "by officers", "by the authorities" within the next three words. */
    private static boolean byPolice(List<Token> ts, int from) {
        for (int j = from; j < ts.size() && j < from + 4; j++) {
            if (ts.get(j).is("by")) {
                for (int k = j + 1; k < ts.size() && k < j + 4; k++) {
                    String w = Words.lower(ts.get(k).text());
                    if (w.equals("police") || w.equals("officers") || w.equals("authorities") || w.equals("agents")
                            || w.equals("troops") || w.equals("soldiers")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int skipParenthesis(List<Token> ts, int i) {
        String open = ts.get(i).text();
        String close = open.equals("(") ? ")" : open;
        for (int j = i + 1; j < ts.size() && j < i + 25; j++) {
            if (ts.get(j).is(close)) {
                return j + 1;
            }
        }
        return ts.size();
    }
}

package org.newskg.extract.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.newskg.extract.lexicon.NumberWords;
import org.newskg.extract.model.ArrestCount;
import org.newskg.extract.model.Entity;
import org.newskg.extract.text.AnalyzedText;
import org.newskg.extract.text.Sentence;
import org.newskg.extract.text.Token;
import org.newskg.extract.text.Words;

/**
 * Finds arrest counts: "107 illegal immigrants were arrested", "45 arrests", "arresting 498
 * people", "Atlanta police arrested eight", "25 taken into custody", "the twelfth man to be
 * arrested", list items after a count ("nine inside a bank and 14 in ..."), and a total next to
 * a count ("45 arrests in NY, 500 total nationwide"). Ages, money, percentages, counts of charges
 * or citations and figures the sentence retracts ("incorrectly") are not arrest counts. The place
 * is found by {@link CountPlacer}.
 *
 * <p>Reads the article, sentences, tokens and entities; returns counts in text order.
 */
final class ArrestCounter {
    private static final Set<String> RETRACTIONS = Set.of(
            "incorrectly", "erroneously", "mistakenly", "wrongly", "falsely", "inaccurately");
    private static final Set<String> QUALIFIER_AT_LEAST = Set.of("more than", "at least", "over", "upwards of");
    private static final Set<String> QUALIFIER_ABOUT = Set.of(
            "about", "around", "some", "nearly", "almost", "approximately", "roughly", "an estimated", "up to");
    private static final Set<String> LIST_PREPOSITIONS = Set.of(
            "in", "inside", "at", "on", "near", "from", "outside", "around", "across");

    List<ArrestCount> count(AnalyzedText text, List<Entity> entities) {
        List<ArrestCount> out = new ArrayList<>();
        List<List<Token>> bySentence = text.bySentence();
        CountPlacer placer = new CountPlacer(text.article(), text.sentences(), entities);
        for (Sentence s : text.sentences()) {
            List<Token> ts = bySentence.get(s.index());
            if (ts.isEmpty() || ts.stream().anyMatch(t -> RETRACTIONS.contains(Words.lower(t.text())))) {
                continue;
            }
            int first = text.indexOf(ts.get(0));
            BiPredicate<Integer, Predicate<String>> tagIs = (i, test) -> text.tagIs(first + i, test);
            List<FoundCount> found = new ArrayList<>();
            for (int i = 0; i < ts.size(); i++) {
                if (NumberWords.mayBeNumber(ts.get(i).text())) {
                    find(ts, i, !found.isEmpty(), tagIs).ifPresent(found::add);
                }
            }
            for (FoundCount f : found) {
                out.add(placer.place(s, ts, f, found, out));
            }
        }
        return List.copyOf(withRestatements(withPlacesOfTheSameCount(out), bySentence));
    }

    /** Words before a number that point back to a group the article has counted already ("the six", "all 28"). */
    private static final Set<String> DEFINITE = Set.of("the", "all", "those", "these", "both");

    /**
     * A count states an earlier one again when it gives the same number for the same place (or
     * both none) and either the earlier one is the headline's ("Six held after raids", then "Six
     * men were arrested") or a definite word points back to it ("the six had been detained", "all
     * 28 people detained"). "Three more were arrested" is another group, and so is the same number
     * with nothing pointing back.
     */
    private static List<ArrestCount> withRestatements(List<ArrestCount> counts, List<List<Token>> bySentence) {
        List<ArrestCount> out = new ArrayList<>();
        // The first statement of each number and place: a count can only restate that one (the headline is sentence 0).
        java.util.Map<String, ArrestCount> firsts = new java.util.HashMap<>();
        for (ArrestCount c : counts) {
            String key = c.count() + "@" + c.placeKey().orElse(c.nationwide() ? "nationwide" : "");
            ArrestCount first = firsts.putIfAbsent(key, c);
            boolean restates = first != null && first.sentence() < c.sentence()
                    && (first.sentence() == 0 || pointsBack(c, bySentence.get(c.sentence())));
            out.add(!restates ? c : new ArrestCount(c.span(), c.numberSpan(), c.count(), c.qualifier(), c.counted(),
                    c.placeKey(), c.nationwide(), c.sentence(), c.rule(), Optional.of(first.span())));
        }
        return out;
    }

    private static boolean pointsBack(ArrestCount c, List<Token> ts) {
        int lo = 0;
        int hi = ts.size() - 1;
        while (lo <= hi) {
            int i = (lo + hi) >>> 1;
            int begin = ts.get(i).span().begin();
            if (begin < c.numberSpan().begin()) {
                lo = i + 1;
            } else if (begin > c.numberSpan().begin()) {
                hi = i - 1;
            } else {
                int before = qualifierStart(ts, i) - 1;
                return before >= 0 && DEFINITE.contains(Words.lower(ts.get(before).text()));
            }
        }
        return false;
    }

    /**
     * A count with no place of its own ("Two arrested after fire", a headline) takes the place of
     * the same number told with a place elsewhere in the article, when all such tell one place:
     * the headline and the body state one fact.
     */
    private static List<ArrestCount> withPlacesOfTheSameCount(List<ArrestCount> counts) {
        java.util.Map<Long, java.util.Set<String>> placesByCount = new java.util.HashMap<>();
        for (ArrestCount c : counts) {
            c.placeKey().ifPresent(p -> placesByCount.computeIfAbsent(c.count(), k -> new java.util.TreeSet<>()).add(p));
            if (c.nationwide()) {
                placesByCount.computeIfAbsent(c.count(), k -> new java.util.TreeSet<>()).add("");
            }
        }
        List<ArrestCount> out = new ArrayList<>();
        for (ArrestCount c : counts) {
            java.util.Set<String> places = placesByCount.getOrDefault(c.count(), java.util.Set.of());
            if (c.placeKey().isEmpty() && !c.nationwide() && places.size() == 1) {
                String place = places.iterator().next();
                out.add(new ArrestCount(c.span(), c.numberSpan(), c.count(), c.qualifier(), c.counted(),
                        place.isEmpty() ? Optional.empty() : Optional.of(place), place.isEmpty(), c.sentence(), c.rule()));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private Optional<FoundCount> find(List<Token> ts, int i, boolean afterCount, BiPredicate<Integer, Predicate<String>> tagIs) {
        return find(ts, i, afterCount, false, tagIs);
    }

    /**
     * A range ("500 to 600 arrests", "20-25 people were detained") counts its lower bound with
     * the qualifier "at least": the fact the text states for certain.
     */
    private Optional<FoundCount> find(List<Token> ts, int i, boolean afterCount, boolean upperOfRange,
                                      BiPredicate<Integer, Predicate<String>> tagIs) {
        Token t = ts.get(i);
        Optional<Long> ordinal = NumberWords.ordinal(t.text());
        if (ordinal.isPresent() && i > 0 && ts.get(i - 1).is("the")) {
            int to = indexOf(ts, i + 1, 5, "arrested");
            if (to > 0 && ts.subList(i + 1, to).stream().anyMatch(x -> x.is("to"))) {
                return Optional.of(new FoundCount(i, to, ordinal.get(), "exact", ts.get(i + 1).text(), "ordinal"));
            }
        }
        if (!upperOfRange && isUpperBound(ts, i)) {
            return Optional.empty();
        }
        java.util.regex.Matcher range = RANGE.matcher(t.text());
        Optional<Long> value = range.matches() ? NumberWords.cardinal(range.group(1)) : NumberWords.cardinal(t.text());
        if (value.isEmpty() || value.get() <= 0 || NumberContext.isNotPeople(ts, i)) {
            return Optional.empty();
        }
        int upper = upperOfRange || range.matches() ? -1 : rangeUpperBound(ts, i);
        if (upper > i) {
            Optional<FoundCount> whole = find(ts, upper, afterCount, true, tagIs);
            return whole.map(f -> new FoundCount(i, f.endIndex(), value.get(), "at least", f.counted(), f.rule()));
        }
        int numberEnd = i;
        long n = value.get();
        while (numberEnd + 1 < ts.size() && NumberWords.scale(ts.get(numberEnd + 1).text()).isPresent()
                && !ts.get(numberEnd + 1).is("million")) {
            n *= NumberWords.scale(ts.get(++numberEnd).text()).get();
        }
        String qualifier = range.matches() ? "at least" : qualifier(ts, i);
        Token next = numberEnd + 1 < ts.size() ? ts.get(numberEnd + 1) : null;
        if (next != null && (next.is("arrests") || next.is("detentions"))) {
            return Optional.of(new FoundCount(i, numberEnd + 1, n, qualifier, "arrests", "count-arrests"));
        }
        if (next != null && next.is("total") && afterCount) {
            return Optional.of(new FoundCount(i, numberEnd + 1, n, qualifier, "arrests", "total"));
        }
        int before = qualifierStart(ts, i) - 1;
        if (before >= 0 && OBJECT_OF_OTHER_VERB.contains(Words.lower(ts.get(before).text()))) {
            return Optional.empty();
        }
        boolean roundedUp = before >= 1 && ts.get(before).is("up") && ts.get(before - 1).is("rounded");
        if (roundedUp || before >= 0 && ArrestPhrases.ACTIVE.contains(Words.lower(ts.get(before).text()))
                || before >= 1 && ts.get(before).is("of") && ts.get(before - 1).is("arrests")) {
            return Optional.of(new FoundCount(i, numberEnd, n, qualifier, counted(ts, numberEnd + 1), "arrest-verb-before"));
        }
        Optional<Integer> verb = ArrestPhrases.passiveArrest(ts, numberEnd + 1, tagIs);
        if (verb.isPresent()) {
            return Optional.of(new FoundCount(i, verb.get(), n, qualifier, counted(ts, numberEnd + 1), "passive-arrest"));
        }
        if (afterCount && i > 0 && (ts.get(i - 1).is(",") || ts.get(i - 1).is("and") || ts.get(i - 1).is("-")) && next != null
                && LIST_PREPOSITIONS.contains(next.text())) {
            return Optional.of(new FoundCount(i, numberEnd, n, qualifier, "people", "list-item"));
        }
        if (afterCount && next != null && next.is("of") && numberEnd + 2 < ts.size()
                && (ts.get(numberEnd + 2).is("them") || ts.get(numberEnd + 2).is("those"))) {
            return Optional.of(new FoundCount(i, numberEnd + 2, n, qualifier, "people", "part-of-count"));
        }
        Token prev = i > 0 ? ts.get(qualifierStart(ts, i) - 1 >= 0 ? qualifierStart(ts, i) - 1 : 0) : null;
        if (afterCount && prev != null && prev.is("including")) {
            return Optional.of(new FoundCount(i, numberEnd, n, qualifier, counted(ts, numberEnd + 1), "part-of-count"));
        }
        if (prev != null && prev.is("to") && isArrestTally(ts, qualifierStart(ts, i) - 1)) {
            return Optional.of(new FoundCount(i, numberEnd, n, qualifier, "arrests", "arrest-total"));
        }
        return Optional.empty();
    }

    /** "killed more than 200 ...": a number that is the object of another verb counts no arrests. */
    private static final Set<String> OBJECT_OF_OTHER_VERB = Set.of(
            "killed", "killing", "injured", "injuring", "wounded", "wounding", "executed", "dismissed", "fired",
            "charged", "charging", "convicted", "sentenced", "freed", "released", "releasing", "deported",
            "evacuated", "rescued", "fined", "indicted", "employs", "employed", "hired", "sacked");

    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("(\\d[\\d,]*)[-\u2013](\\d[\\d,]*)");

    /** The index of the upper bound of a range starting at {@code i} ("500 to 600", "five or six"), or -1. */
    private static int rangeUpperBound(List<Token> ts, int i) {
        int j = i + 1;
        if (j + 1 < ts.size() && (ts.get(j).is("to") || ts.get(j).is("-") || ts.get(j).is("\u2013") || ts.get(j).is("or"))
                && NumberWords.cardinal(ts.get(j + 1).text()).isPresent() && !(i > 0 && ts.get(i - 1).is("from"))) {
            return j + 1;
        }
        return -1;
    }

    /** The "600" of "500 to 600": counted with its lower bound. */
    private static boolean isUpperBound(List<Token> ts, int i) {
        return i >= 2 && rangeUpperBound(ts, i - 2) == i && NumberWords.cardinal(ts.get(i - 2).text()).isPresent();
    }

    /** "bringing the total number of arrests to 57", "the number of people detained rose to 40". */
    private static boolean isArrestTally(List<Token> ts, int to) {
        boolean arrests = false;
        boolean tally = false;
        for (int j = Math.max(0, to - 8); j < to; j++) {
            String w = Words.lower(ts.get(j).text());
            arrests |= w.equals("arrests") || w.equals("arrested") || w.equals("detained") || w.equals("detentions");
            tally |= w.equals("total") || w.equals("number") || w.equals("tally") || w.equals("toll") || w.equals("rose")
                    || w.equals("risen") || w.equals("climbed") || w.equals("brings") || w.equals("bringing")
                    || w.equals("increased") || w.equals("reached");
        }
        return arrests && tally;
    }

    private static String counted(List<Token> ts, int from) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < ts.size() && i < from + 4; i++) {
            Token t = ts.get(i);
            if (!t.isWord() || t.isCapitalized() || ArrestPhrases.AUXILIARIES.contains(t.text())
                    || ArrestPhrases.PARTICIPLES.contains(t.text())
                    || LIST_PREPOSITIONS.contains(t.text()) || t.is("of") || t.is("for") || t.is("who")) {
                break;
            }
            b.append(b.length() > 0 ? " " : "").append(t.text());
        }
        return b.length() > 0 ? b.toString() : "people";
    }

    private static String qualifier(List<Token> ts, int i) {
        String two = i >= 2 ? Words.lower(ts.get(i - 2).text() + " " + ts.get(i - 1).text()) : "";
        String one = i >= 1 ? Words.lower(ts.get(i - 1).text()) : "";
        if (QUALIFIER_AT_LEAST.contains(two) || QUALIFIER_AT_LEAST.contains(one)) {
            return "at least";
        }
        if (QUALIFIER_ABOUT.contains(two) || QUALIFIER_ABOUT.contains(one)) {
            return "about";
        }
        return "exact";
    }

    private static int qualifierStart(List<Token> ts, int i) {
        String two = i >= 2 ? Words.lower(ts.get(i - 2).text() + " " + ts.get(i - 1).text()) : "";
        String one = i >= 1 ? Words.lower(ts.get(i - 1).text()) : "";
        if (QUALIFIER_AT_LEAST.contains(two) || QUALIFIER_ABOUT.contains(two)) {
            return i - 2;
        }
        if (QUALIFIER_AT_LEAST.contains(one) || QUALIFIER_ABOUT.contains(one)) {
            return i - 1;
        }
        return i;
    }

    private static int indexOf(List<Token> ts, int from, int within, String word) {
        for (int j = from; j < ts.size() && j < from + within; j++) {
            if (ts.get(j).is(word)) {
                return j;
            }
        }
        return -1;
    }
}

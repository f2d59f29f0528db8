package org.newskg.extract.count;

import java.util.List;
import java.util.Set;
import org.newskg.extract.lexicon.EntityWords;
import org.newskg.extract.lexicon.NumberWords;
import org.newskg.extract.text.Token;
import org.newskg.extract.text.Words;

/**
 * Tells numbers that cannot count people from those that can: ages ("Scholl, 21, was
 * arrested"), years, dates ("on 20 December"), money, percentages, measures, and numbers inside
 * names ("Fathers 4 Justice", "Band Aid 20").
 */
final class NumberContext {
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d\\d");
    private static final java.util.regex.Pattern SHORT_NUMBER = java.util.regex.Pattern.compile("\\d{1,3}");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+");
    private static final Set<String> UNITS_AFTER = Set.of(
            "year-old", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour",
            "minutes", "seconds", "percent", "per", "times", "miles", "kilometres", "kilometers", "metres", "meters",
            "yards", "feet", "dollars", "pounds", "euros", "p.m.", "a.m.", "p.m", "a.m", "o'clock", "%", "million",
            "billion", "tonnes", "kg", "points", "goals", "votes", "seats", "gmt", "bst", "et", "pm", "am", "mph");
    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> CURRENCY = Set.of("$", "\u00A3", "\u20AC", "No.", "number", "#");
    /** Nouns for people: "held" counts only people. */
    static final Set<String> PEOPLE = Set.of(
            "people", "persons", "men", "women", "boys", "girls", "children", "teenagers", "youths", "protesters",
            "protestors", "demonstrators", "activists", "suspects", "fans", "students", "journalists", "immigrants",
            "migrants", "refugees", "workers", "members", "supporters", "officers", "soldiers", "detainees",
            "prisoners", "foreigners", "nationals", "citizens", "executives", "others", "individuals", "adults",
            "minors", "juveniles", "rioters", "looters", "militants", "fighters", "insurgents", "gang", "pupils");

    private NumberContext() {
    }

    /** Whether the number at {@code i} cannot be a count of people. */
    static boolean isNotPeople(List<Token> ts, int i) {
        Token t = ts.get(i);
        Token prev = i > 0 ? ts.get(i - 1) : null;
        Token next = i + 1 < ts.size() ? ts.get(i + 1) : null;
        if (prev != null && CURRENCY.contains(prev.text()) || t.text().endsWith("%")) {
            return true;
        }
        if (next != null && (UNITS_AFTER.contains(Words.lower(next.text())) || MONTHS.contains(Words.lower(next.text())))) {
            return true;
        }
        if (prev != null && MONTHS.contains(Words.lower(prev.text()))) {
            return true;
        }
        if (YEAR.matcher(t.text()).matches()) {
            return true;
        }
        return isAge(ts, i) || isInAgeList(ts, i) || isInName(ts, i);
    }

    /** "the men, ages 21, 22 and 28", "aged 19 to 24": numbers after "ages" or "aged". */
    private static boolean isInAgeList(List<Token> ts, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 8; j--) {
            String w = Words.lower(ts.get(j).text());
            if (w.equals("ages") || w.equals("aged") || w.equals("age")) {
                return true;
            }
            boolean listed = ts.get(j).is(",") || w.equals("and") || w.equals("to") || w.equals("between")
                    || NumberWords.cardinal(ts.get(j).text()).isPresent();
            if (!listed) {
                return false;
            }
        }
        return false;
    }

    /** "Mr Okafor, 29, from ...": a number between commas (or a comma and a dash) after a name. */
    static boolean isAge(List<Token> ts, int i) {
        if (i < 2 || i + 1 >= ts.size() || !ts.get(i - 1).is(",")) {
            return false;
        }
        Token after = ts.get(i + 1);
        return ts.get(i - 2).isCapitalized() && (after.is(",") || after.is("-") || after.is("\u2013") || after.is("--"))
                && SHORT_NUMBER.matcher(ts.get(i).text()).matches();
    }

    private static boolean isInName(List<Token> ts, int i) {
        Token prev = i > 0 ? ts.get(i - 1) : null;
        Token next = i + 1 < ts.size() ? ts.get(i + 1) : null;
        boolean afterName = prev != null && prev.isWord() && prev.isCapitalized() && !Words.isSentenceStart(ts, i - 1)
                && !EntityWords.NEVER_NAMES.contains(prev.text());
        boolean countsSomething = next != null && (PEOPLE.contains(Words.lower(next.text()))
                || next.is("arrests") || next.is("of"));
        return afterName && !countsSomething && NUMBER.matcher(ts.get(i).text()).matches();
    }
}

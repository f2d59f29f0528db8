package org.newskg.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date lines news sites print: "Saturday, 30 Sep, 2017", "November 22, 2017",
 * "30 September 2017", "Sept. 30, 2017", "2017-09-30", "30/09/2017" (day first).
 */
public final class ArticleDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");

    private ArticleDates() {
    }

    /** The calendar date in a printed date line, or empty when none can be read. */
    public static Optional<LocalDate> parse(String printed) {
        if (printed == null || printed.isBlank()) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(printed);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(printed);
        if (m.find()) {
            Optional<Integer> month = month(m.group(2));
            if (month.isPresent()) {
                return date(m.group(3), month.get().toString(), m.group(1));
            }
        }
        m = MONTH_DAY_YEAR.matcher(printed);
        while (m.find()) {
            Optional<Integer> month = month(m.group(1));
            if (month.isPresent()) {
                return date(m.group(3), month.get().toString(), m.group(2));
            }
        }
        m = NUMERIC.matcher(printed);
        if (m.find()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        return Optional.empty();
    }

    private static Optional<Integer> month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return Optional.empty();
        }
        Integer month = MONTHS.get(w.substring(0, 3));
        if (month == null) {
            return Optional.empty();
        }
        String full = java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                .toLowerCase(Locale.ROOT);
        boolean known = w.length() == 3 || full.startsWith(w) || w.equals("sept");
        return known ? Optional.of(month) : Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}

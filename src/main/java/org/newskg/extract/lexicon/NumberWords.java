package org.newskg.extract.lexicon;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads numbers as news writes them: "107", "5,000", "nine", "twenty-five", "a dozen", "twelfth". */
public final class NumberWords {
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
    private static final java.util.regex.Pattern DIGIT_ORDINAL = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th)");
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12), Map.entry("hundred", 100));

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
            Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
            Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("hundredth", 100));

    private NumberWords() {
    }

    /**
     * Whether a token can be a number at all: a digit first, or a number word. Cheap, and true of
     * every token {@link #cardinal} or {@link #ordinal} reads, so a scan can skip the rest.
     */
    public static boolean mayBeNumber(String token) {
        if (token.isEmpty()) {
            return false;
        }
        if (Character.isDigit(token.charAt(0))) {
            return true;
        }
        String w = token.toLowerCase(Locale.ROOT);
        int hyphen = w.indexOf('-');
        return UNITS.containsKey(hyphen > 0 ? w.substring(0, hyphen) : w) || ORDINALS.containsKey(w);
    }

    /** The value of a cardinal token: digits (with thousands commas) or a number word. */
    public static Optional<Long> cardinal(String token) {
        if (!token.isEmpty() && Character.isDigit(token.charAt(0)) && DIGITS.matcher(token).matches()) {
            try {
                return Optional.of(Long.parseLong(token.replace(",", "")));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        String w = token.toLowerCase(Locale.ROOT);
        if (UNITS.containsKey(w)) {
            return Optional.of((long) UNITS.get(w));
        }
        int hyphen = w.indexOf('-');
        if (hyphen > 0) {
            Integer tens = UNITS.get(w.substring(0, hyphen));
            Integer unit = UNITS.get(w.substring(hyphen + 1));
            if (tens != null && unit != null && tens >= 20 && tens % 10 == 0 && unit < 10) {
                return Optional.of((long) tens + unit);
            }
        }
        return Optional.empty();
    }

    /** The value of a scale word that multiplies the number before it. */
    public static Optional<Long> scale(String token) {
        return switch (token.toLowerCase(Locale.ROOT)) {
            case "hundred" -> Optional.of(100L);
            case "thousand" -> Optional.of(1_000L);
            case "million" -> Optional.of(1_000_000L);
            default -> Optional.empty();
        };
    }

    /** The value of an ordinal word ("twelfth" is 12, "21st" is 21). */
    public static Optional<Long> ordinal(String token) {
        String w = token.toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && Character.isDigit(w.charAt(0)) && DIGIT_ORDINAL.matcher(w).matches()) {
            try {
                return Optional.of(Long.parseLong(w.substring(0, w.length() - 2)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(ORDINALS.get(w)).map(Integer::longValue);
    }
}

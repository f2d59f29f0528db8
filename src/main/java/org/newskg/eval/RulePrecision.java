package org.newskg.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each extraction rule is right: every fact a rule produced (an entity mention, an
 * arrest count, an attributed statement) is checked against the gold by the scorer's own
 * matching (a name that matches a gold entity; a count and place that match a gold count; a
 * statement whose words and speaker match a gold quote), so that a rule doing more harm than
 * good shows itself. Keys are "category/rule" ("persons/speech-verb").
 */
public final class RulePrecision {
    private RulePrecision() {
    }

    /**
     * Tallies one article's facts: {@code facts} are rows with {@code category} (persons,
     * organizations, places, arrest_counts, quotes_attributed), {@code rule}, and the competency
     * variables of their category.
     */
    public static Map<String, Tally> score(GoldArticle gold, List<Map<String, String>> facts) {
        Map<String, int[]> counts = new TreeMap<>();
        QuoteScorer quotes = new QuoteScorer(gold);
        for (Map<String, String> f : facts) {
            String category = f.getOrDefault("category", "");
            boolean right = switch (category) {
                case "persons" -> gold.persons().stream().anyMatch(g -> NameMatching.matches(f.getOrDefault("name", ""), g, true));
                case "organizations" -> gold.organizations().stream()
                        .anyMatch(g -> NameMatching.matches(f.getOrDefault("name", ""), g, false));
                case "places" -> gold.places().stream().anyMatch(g -> NameMatching.matches(f.getOrDefault("name", ""), g, false));
                case "arrest_counts" -> countRight(gold, f);
                case "quotes_attributed" -> gold.quotes().stream().anyMatch(g -> QuoteScorer.hits(f.getOrDefault("text", ""), g)
                        && quotes.speakerMatches(f.getOrDefault("speaker", ""), g));
                default -> throw new IllegalArgumentException("no such category of fact: " + category);
            };
            int[] c = counts.computeIfAbsent(category + "/" + f.getOrDefault("rule", "?"), k -> new int[2]);
            c[right ? 0 : 1]++;
        }
        Map<String, Tally> out = new TreeMap<>();
        counts.forEach((rule, c) -> out.put(rule, new Tally(c[0], c[1], 0)));
        return out;
    }

    private static boolean countRight(GoldArticle gold, Map<String, String> f) {
        long n;
        try {
            n = (long) Double.parseDouble(f.getOrDefault("count", "").strip());
        } catch (NumberFormatException e) {
            return false;
        }
        String place = f.getOrDefault("place", "");
        return gold.arrestCounts().stream().anyMatch(g -> g.count() == n && Scorer.placeMatches(place, g, gold));
    }

    /** The tallies of several articles added up, rule by rule. */
    public static Map<String, Tally> add(List<Map<String, Tally>> perArticle) {
        Map<String, Tally> out = new TreeMap<>();
        for (Map<String, Tally> m : perArticle) {
            m.forEach((rule, t) -> out.merge(rule, t, (a, b) -> new Tally(a.tp() + b.tp(), a.fp() + b.fp(), 0)));
        }
        return out;
    }

    /** The table: rule, facts right, facts wrong, precision; the worst rules first. */
    public static String text(Map<String, Tally> rules) {
        StringBuilder b = new StringBuilder("== extraction rules (precision of the facts each produced)\n");
        rules.entrySet().stream()
                .sorted((x, y) -> Double.compare(precision(x.getValue()), precision(y.getValue())) != 0
                        ? Double.compare(precision(x.getValue()), precision(y.getValue())) : x.getKey().compareTo(y.getKey()))
                .forEach(e -> b.append(String.format("  %-40s right=%4d wrong=%4d  P=%.2f%n", e.getKey(), e.getValue().tp(),
                        e.getValue().fp(), precision(e.getValue()))));
        return b.toString();
    }

    private static double precision(Tally t) {
        return t.tp() + t.fp() == 0 ? 0 : (double) t.tp() / (t.tp() + t.fp());
    }
}

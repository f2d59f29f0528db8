package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores statements: found when the text contains the gold words (or, 20 characters or more,
 * is contained in them), attributed when the speaker matches too. A second row for a gold
 * statement already found is not counted against the answers.
 */
final class QuoteScorer {
    private final GoldArticle gold;

    QuoteScorer(GoldArticle gold) {
        this.gold = gold;
    }

    void score(List<Map<String, String>> rows, Map<Category, Tally> tallies, List<String> problems) {
        List<GoldQuote> unmatched = new ArrayList<>(gold.quotes());
        int found = 0;
        int attributed = 0;
        List<String> spurious = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Map<String, String> r : rows) {
            String text = r.getOrDefault("text", "");
            Optional<GoldQuote> hit = unmatched.stream().filter(g -> hits(text, g)).findFirst();
            if (hit.isEmpty()) {
                if (gold.quotes().stream().noneMatch(g -> hits(text, g))) {
                    spurious.add(text.substring(0, Math.min(60, text.length())));
                }
                continue;
            }
            unmatched.remove(hit.get());
            found++;
            String speaker = r.getOrDefault("speaker", "");
            if (speakerMatches(speaker, hit.get())) {
                attributed++;
            } else {
                wrong.add(PythonRepr.string(abbreviate(hit.get().textContains(), 40)) + ": " + PythonRepr.string(speaker)
                        + " (gold " + PythonRepr.string(hit.get().speaker()) + ")");
            }
        }
        int fp = spurious.size();
        int fn = unmatched.size();
        tallies.put(Category.QUOTES_FOUND, new Tally(found, fp, fn));
        tallies.put(Category.QUOTES_ATTRIBUTED, new Tally(attributed, fp + found - attributed, fn + found - attributed));
        if (!unmatched.isEmpty() || !spurious.isEmpty()) {
            problems.add("quotes: missed " + PythonRepr.list(unmatched.stream().map(g -> abbreviate(g.textContains(), 60)).toList())
                    + " spurious " + PythonRepr.list(spurious));
        }
        if (!wrong.isEmpty()) {
            problems.add("quotes with wrong speaker: " + PythonRepr.list(wrong));
        }
    }

    /**
     * As score.py's speaker_item: the gold person or organization that said the quote, its
     * aliases joined by the quote's own speaker_aliases.
     */
    boolean speakerMatches(String speaker, GoldQuote q) {
        for (GoldItem p : gold.persons()) {
            if (p.name().equals(q.speaker())) {
                return NameMatching.matches(speaker, withQuoteAliases(p, q), true);
            }
        }
        for (GoldItem o : gold.organizations()) {
            if (o.name().equals(q.speaker())) {
                return NameMatching.matches(speaker, withQuoteAliases(o, q), false);
            }
        }
        return NameMatching.matches(speaker, new GoldItem(q.speaker(), q.speakerAliases()), false);
    }

    private static GoldItem withQuoteAliases(GoldItem item, GoldQuote q) {
        List<String> aliases = new ArrayList<>(item.aliases());
        aliases.addAll(q.speakerAliases());
        return new GoldItem(item.name(), aliases);
    }

    static boolean hits(String text, GoldQuote g) {
        String t = NameMatching.norm(text);
        String s = NameMatching.norm(g.textContains());
        return !t.isEmpty() && (t.contains(s) || t.length() >= 20 && s.contains(t));
    }

    private static String abbreviate(String s, int n) {
        return s.substring(0, Math.min(n, s.length()));
    }
}

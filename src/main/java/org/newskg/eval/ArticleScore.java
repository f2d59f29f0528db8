package org.newskg.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The score of one article: a tally per category, and what was missed, spurious or wrongly attributed.
 */
public record ArticleScore(String article, Map<Category, Tally> tallies, List<String> problems) {
    public ArticleScore {
        Objects.requireNonNull(article, "article may not be null");
        tallies = Map.copyOf(new EnumMap<>(tallies));
        problems = List.copyOf(problems);
    }

    public Tally tally(Category c) {
        return tallies.getOrDefault(c, new Tally(0, 0, 0));
    }
}

package org.newskg.view;

import java.util.Map;
import java.util.Objects;

/**
 * One row of the article list: the article, its headline and date ("" when unknown), and how
 * many of each kind of fact it has (person, organization, group, place, count, statement).
 */
public record ArticleItem(String id, String iri, String headline, String date, Map<String, Integer> tallies) {
    public ArticleItem {
        Objects.requireNonNull(id, "id may not be null");
        Objects.requireNonNull(iri, "iri may not be null");
        Objects.requireNonNull(headline, "headline may not be null");
        Objects.requireNonNull(date, "date may not be null");
        tallies = Map.copyOf(tallies);
    }
}

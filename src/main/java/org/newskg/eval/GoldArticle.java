package org.newskg.eval;

import java.util.List;
import java.util.Objects;

/** The gold annotation of one article (the format of {@code shared/eval/README.md}). */
public record GoldArticle(String name, List<GoldItem> persons, List<GoldItem> organizations, List<GoldItem> places,
                          List<GoldCount> arrestCounts, List<GoldQuote> quotes) {
    public GoldArticle {
        Objects.requireNonNull(name, "name may not be null");
        persons = List.copyOf(persons);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        arrestCounts = List.copyOf(arrestCounts);
        quotes = List.copyOf(quotes);
    }
}

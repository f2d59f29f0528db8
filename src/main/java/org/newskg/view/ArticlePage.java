package org.newskg.view;

import java.util.List;
import java.util.Objects;

/**
 * One page of the article list: the articles whose headline or id contains {@code filter} ("" for
 * all), {@code total} of them, sorted by {@code sort} ("date", newest first; "headline"; or
 * "statements", most first), from {@code offset}, at most {@code limit}.
 */
public record ArticlePage(int total, int offset, int limit, String sort, String filter, List<ArticleItem> articles) {
    /** The orders the list can be sorted in. */
    public static final List<String> SORTS = List.of("date", "headline", "statements");

    public ArticlePage {
        Objects.requireNonNull(sort, "sort may not be null");
        Objects.requireNonNull(filter, "filter may not be null");
        articles = List.copyOf(articles);
    }
}

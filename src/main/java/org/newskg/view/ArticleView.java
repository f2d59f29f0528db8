package org.newskg.view;

import java.util.List;
import java.util.Objects;

/** One article: its text (headline, blank line, body, as the spans count it) and its facts in span order. */
public record ArticleView(String id, String iri, String headline, String date, String text, List<Fact> facts) {
    public ArticleView {
        Objects.requireNonNull(id, "id may not be null");
        Objects.requireNonNull(iri, "iri may not be null");
        Objects.requireNonNull(text, "text may not be null");
        facts = List.copyOf(facts);
        for (Fact f : facts) {
            if (f.end() > text.length()) {
                throw new IllegalArgumentException("fact " + f.id() + " ends at " + f.end() + ", past the text's " + text.length());
            }
        }
    }
}

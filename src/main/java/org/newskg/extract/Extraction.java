package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newskg.article.Article;
import org.newskg.extract.model.ArrestCount;
import org.newskg.extract.model.Diagnostic;
import org.newskg.extract.model.Entity;
import org.newskg.extract.model.EntityType;
import org.newskg.extract.model.IndividualArrest;
import org.newskg.extract.model.Quote;
import org.newskg.extract.text.Sentence;

/**
 * Everything extracted from one article. Lists are in text order and immutable.
 *
 * @param dateline the key of the place the article was filed from ("NEW YORK (Reuters) -"), if it has a dateline
 */
public record Extraction(Article article, List<Sentence> sentences, List<Entity> entities, List<ArrestCount> counts,
                         List<Quote> quotes, List<IndividualArrest> arrests, List<Diagnostic> diagnostics,
                         Optional<String> dateline) {
    public Extraction {
        Objects.requireNonNull(article, "article may not be null");
        Objects.requireNonNull(dateline, "dateline may not be null");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        counts = List.copyOf(counts);
        quotes = List.copyOf(quotes);
        arrests = List.copyOf(arrests);
        diagnostics = List.copyOf(diagnostics);
    }

    public long count(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).count();
    }
}

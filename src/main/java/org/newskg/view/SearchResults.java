package org.newskg.view;

import java.util.List;
import java.util.Objects;

/**
 * What a search found: persons, organizations and places by name, statements by their words,
 * articles by headline; each list at most {@code limit} long, {@code more} when it was cut.
 */
public record SearchResults(String query, int limit, List<Found> entities, boolean moreEntities, List<Quoted> statements,
                            boolean moreStatements, List<EntityPage.Mentioned> articles, boolean moreArticles) {
    public SearchResults {
        Objects.requireNonNull(query, "query may not be null");
        entities = List.copyOf(entities);
        statements = List.copyOf(statements);
        articles = List.copyOf(articles);
    }

    /** An entity whose name matches, and how many articles mention it. */
    public record Found(String iri, String kind, String name, int articles) {
    }

    /** A statement whose words match: who said it (IRI and name, or how the text describes them) and where. */
    public record Quoted(String statement, String text, String speaker, String speakerName, String article, String headline,
                         String date, int begin, int end) {
    }
}

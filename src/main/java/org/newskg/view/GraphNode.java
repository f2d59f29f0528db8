package org.newskg.view;

import java.util.Objects;

/**
 * A node of the graph view: its IRI, a label, its kind (person, organization, group, place,
 * statement, count, article or other) and, for a statement, a count or an article, where to read
 * it (article id and span; -1 when there is none).
 */
public record GraphNode(String id, String label, String kind, String article, int begin, int end) {
    public GraphNode {
        Objects.requireNonNull(id, "id may not be null");
        Objects.requireNonNull(label, "label may not be null");
        Objects.requireNonNull(kind, "kind may not be null");
        Objects.requireNonNull(article, "article may not be null");
    }
}

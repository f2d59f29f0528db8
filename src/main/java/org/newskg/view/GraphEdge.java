package org.newskg.view;

import java.util.Objects;

/** An edge of the graph view, from subject to object, named by its property's local name. */
public record GraphEdge(String source, String target, String label) {
    public GraphEdge {
        Objects.requireNonNull(source, "source may not be null");
        Objects.requireNonNull(target, "target may not be null");
        Objects.requireNonNull(label, "label may not be null");
    }
}

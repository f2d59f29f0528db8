package org.newskg.view;

import java.util.List;
import java.util.Objects;

/**
 * A node and what lies around it: the nodes one step away (and, for a speaker, the places its
 * statements name), the edges between them, and whether the list was cut at the view's limit.
 */
public record Neighbourhood(GraphNode center, List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {
    public Neighbourhood {
        Objects.requireNonNull(center, "center may not be null");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}

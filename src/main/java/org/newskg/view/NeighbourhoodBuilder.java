package org.newskg.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Collects a neighbourhood from query rows, up to a limit of nodes, in a stable order. */
final class NeighbourhoodBuilder {
    private final GraphNode center;
    private final int limit;
    private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    private final TreeSet<List<String>> edges = new TreeSet<>(Comparator.comparing((List<String> e) -> e.get(0))
            .thenComparing(e -> e.get(1)).thenComparing(e -> e.get(2)));
    private boolean truncated;

    NeighbourhoodBuilder(GraphNode center, int limit) {
        this.center = center;
        this.limit = limit;
    }

    /** A row of neighbours.rq: a node one step away and the property between them. */
    void addNeighbour(Map<String, String> row) {
        GraphNode node = GraphNodes.neighbour(row);
        if (!admit(node)) {
            return;
        }
        String predicate = localName(row.get("predicate"));
        if (row.get("outgoing").equals("true")) {
            edges.add(List.of(center.id(), node.id(), predicate));
        } else {
            edges.add(List.of(node.id(), center.id(), predicate));
        }
    }

    /** A row of places-spoken-of.rq: a place named in one of the centre's statements. */
    void addPlaceSpokenOf(Map<String, String> row) {
        if (!nodes.containsKey(row.get("statement"))) {
            return;
        }
        String name = row.get("name").isEmpty() ? localName(row.get("place")) : row.get("name");
        GraphNode place = new GraphNode(row.get("place"), name, "place", "", -1, -1);
        if (admit(place)) {
            edges.add(List.of(row.get("statement"), place.id(), "names"));
        }
    }

    Neighbourhood build() {
        List<GraphNode> sorted = new ArrayList<>(nodes.values());
        sorted.sort(Comparator.comparing(GraphNode::kind).thenComparing(GraphNode::label).thenComparing(GraphNode::id));
        List<GraphEdge> edgeList = edges.stream().map(e -> new GraphEdge(e.get(0), e.get(1), e.get(2))).toList();
        return new Neighbourhood(center, sorted, edgeList, truncated);
    }

    /** Whether the node is (now) in the neighbourhood; a node of a kind the view knows replaces an "other". */
    private boolean admit(GraphNode node) {
        if (node.id().equals(center.id())) {
            return false;
        }
        GraphNode known = nodes.get(node.id());
        if (known != null) {
            if (known.kind().equals("other") && !node.kind().equals("other")) {
                nodes.put(node.id(), node);
            }
            return true;
        }
        if (nodes.size() >= limit) {
            truncated = true;
            return false;
        }
        nodes.put(node.id(), node);
        return true;
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}

package org.newskg.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects a neighbourhood from query rows and keeps at most a limit of nodes, in a stable order.
 * When there are more, the named things (organizations, groups, people, places) are kept before
 * arrest counts, statements and articles, so a much-quoted speaker still shows their party.
 */
final class NeighbourhoodBuilder {
    private static final List<String> KEEP_ORDER = List.of("organization", "group", "person", "place", "count", "statement",
            "article", "other");

    private final GraphNode center;
    private final int limit;
    private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    private final TreeSet<List<String>> edges = new TreeSet<>(Comparator.comparing((List<String> e) -> e.get(0))
            .thenComparing(e -> e.get(1)).thenComparing(e -> e.get(2)));
    private final Set<String> secondStep = new HashSet<>();
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

    /**
     * A row of places-spoken-of.rq: a place named in one of the centre's statements. Called after
     * every neighbour is in, so a place that is also a neighbour stays one step away.
     */
    void addPlaceSpokenOf(Map<String, String> row) {
        if (!nodes.containsKey(row.get("statement"))) {
            return;
        }
        String name = row.get("name").isEmpty() ? localName(row.get("place")) : row.get("name");
        GraphNode place = new GraphNode(row.get("place"), name, "place", "", -1, -1);
        if (!nodes.containsKey(place.id())) {
            secondStep.add(place.id());
        }
        if (admit(place)) {
            edges.add(List.of(row.get("statement"), place.id(), "names"));
        }
    }

    /** Marks the neighbourhood as cut short by the caller (its rows reached their limit). */
    void truncated() {
        truncated = true;
    }

    Neighbourhood build() {
        List<GraphNode> ranked = new ArrayList<>(nodes.values());
        ranked.sort(Comparator.comparing((GraphNode n) -> secondStep.contains(n.id()))
                .thenComparingInt(n -> KEEP_ORDER.indexOf(n.kind())).thenComparing(GraphNode::label).thenComparing(GraphNode::id));
        boolean cut = truncated || ranked.size() > limit;
        List<GraphNode> kept = new ArrayList<>(ranked.subList(0, Math.min(limit, ranked.size())));
        Set<String> ids = new HashSet<>();
        kept.forEach(n -> ids.add(n.id()));
        ids.add(center.id());
        // a place two steps away stays only while a statement that names it does
        kept.removeIf(n -> secondStep.contains(n.id()) && edges.stream().noneMatch(e -> e.get(1).equals(n.id()) && ids.contains(e.get(0))));
        ids.retainAll(kept.stream().map(GraphNode::id).toList());
        ids.add(center.id());
        kept.sort(Comparator.comparing(GraphNode::kind).thenComparing(GraphNode::label).thenComparing(GraphNode::id));
        List<GraphEdge> edgeList = edges.stream().filter(e -> ids.contains(e.get(0)) && ids.contains(e.get(1)))
                .map(e -> new GraphEdge(e.get(0), e.get(1), e.get(2))).toList();
        return new Neighbourhood(center, kept, edgeList, cut);
    }

    /** Whether the node is (now) a candidate; a node of a kind the view knows replaces an "other". */
    private boolean admit(GraphNode node) {
        if (node.id().equals(center.id())) {
            return false;
        }
        GraphNode known = nodes.get(node.id());
        if (known == null || known.kind().equals("other") && !node.kind().equals("other")) {
            nodes.put(node.id(), node);
        }
        return true;
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}

package org.newskg.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects a neighbourhood from query rows and keeps at most a limit of nodes, in a stable order.
 * When there are more, every kind gets its turn (one organization, one group, one person, one
 * place, one count, one statement, one article, then round again), and up to a quarter of the
 * room goes to places named in the statements kept, so a much-quoted speaker still shows their
 * party, places and articles. A speaker of more than {@value #GROUP_STATEMENTS_OVER} statements
 * has them grouped by article: one article node with a "said N" edge instead of a ring of
 * statements (the entity page lists them one by one).
 */
final class NeighbourhoodBuilder {
    static final int GROUP_STATEMENTS_OVER = 10;
    private static final List<String> KEEP_ORDER = List.of("organization", "group", "person", "place", "count", "statement",
            "article", "other");

    private final GraphNode center;
    private final int limit;
    private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    private final TreeSet<List<String>> edges = new TreeSet<>(Comparator.comparing((List<String> e) -> e.get(0))
            .thenComparing(e -> e.get(1)).thenComparing(e -> e.get(2)));
    private final Set<String> secondStep = new HashSet<>();
    private final Map<String, GraphNode> articleOfStatement = new LinkedHashMap<>();
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
        if (node.kind().equals("statement") && !row.get("inArticle").isEmpty()) {
            articleOfStatement.put(node.id(), new GraphNode(row.get("inArticle"), GraphNodes.label(row.get("inArticle"),
                    Map.of("name", "", "headline", row.get("inHeadline"), "count", "", "text", "")), "article", "", -1, -1));
        }
        String predicate = GraphNodes.localName(row.get("predicate"));
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
        String name = row.get("name").isEmpty() ? GraphNodes.localName(row.get("place")) : row.get("name");
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
        long statements = nodes.values().stream().filter(n -> n.kind().equals("statement") && !secondStep.contains(n.id())).count();
        if (statements > GROUP_STATEMENTS_OVER) {
            groupStatementsByArticle();
        }
        Map<String, List<GraphNode>> direct = new LinkedHashMap<>();
        KEEP_ORDER.forEach(kind -> direct.put(kind, new ArrayList<>()));
        List<GraphNode> spokenOf = new ArrayList<>();
        for (GraphNode n : nodes.values()) {
            (secondStep.contains(n.id()) ? spokenOf : direct.get(n.kind())).add(n);
        }
        Comparator<GraphNode> byLabel = Comparator.comparing(GraphNode::label).thenComparing(GraphNode::id);
        direct.values().forEach(b -> b.sort(byLabel));
        spokenOf.sort(byLabel);
        Set<String> kept = new LinkedHashSet<>();
        takeInTurns(direct, kept, limit - Math.min(limit / 4, spokenOf.size()));
        for (GraphNode place : spokenOf) {
            if (kept.size() < limit && edges.stream().anyMatch(e -> e.get(1).equals(place.id()) && kept.contains(e.get(0)))) {
                kept.add(place.id());
            }
        }
        takeInTurns(direct, kept, limit);
        List<GraphNode> keptNodes = new ArrayList<>(kept.stream().map(nodes::get).toList());
        keptNodes.sort(Comparator.comparing(GraphNode::kind).thenComparing(byLabel));
        kept.add(center.id());
        List<GraphEdge> edgeList = edges.stream().filter(e -> kept.contains(e.get(0)) && kept.contains(e.get(1)))
                .map(e -> new GraphEdge(e.get(0), e.get(1), e.get(2))).toList();
        return new Neighbourhood(center, keptNodes, edgeList, truncated || keptNodes.size() < nodes.size());
    }

    /** Replaces the centre's statements by their articles, an edge "said N" to each, and moves the places they name there. */
    private void groupStatementsByArticle() {
        Map<String, Integer> said = new LinkedHashMap<>();
        for (var e : articleOfStatement.entrySet()) {
            if (nodes.remove(e.getKey()) != null) {
                GraphNode article = e.getValue();
                nodes.putIfAbsent(article.id(), article);
                said.merge(article.id(), 1, Integer::sum);
            }
        }
        List<List<String>> moved = new ArrayList<>();
        for (List<String> edge : edges) {
            GraphNode article = articleOfStatement.get(edge.get(0));
            if (article != null && edge.get(2).equals("names")) {
                moved.add(List.of(article.id(), edge.get(1), "names"));
            }
        }
        edges.addAll(moved);
        said.forEach((article, n) -> edges.add(List.of(center.id(), article, "said " + n)));
    }

    /** Adds nodes to {@code kept} until it holds {@code cap}: one of each kind in turn, then round again. */
    private static void takeInTurns(Map<String, List<GraphNode>> buckets, Set<String> kept, int cap) {
        int largest = buckets.values().stream().mapToInt(List::size).max().orElse(0);
        for (int round = 0; round < largest && kept.size() < cap; round++) {
            for (List<GraphNode> bucket : buckets.values()) {
                if (round < bucket.size() && kept.size() < cap) {
                    kept.add(bucket.get(round).id());
                }
            }
        }
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
}

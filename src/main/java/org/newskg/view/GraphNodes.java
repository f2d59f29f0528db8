package org.newskg.view;

import java.util.List;
import java.util.Map;

/** Labels and kinds of graph-view nodes, from the columns node.rq and neighbours.rq share. */
final class GraphNodes {
    private static final int LABEL_LENGTH = 60;

    private GraphNodes() {
    }

    /** The node a neighbourhood centres on, from node.rq's rows (one per type). */
    static GraphNode node(String iri, List<Map<String, String>> rows) {
        String kind = "other";
        for (Map<String, String> row : rows) {
            String k = GraphViews.kindOf(row.get("type"));
            if (!k.equals("other")) {
                kind = k;
            }
        }
        Map<String, String> first = rows.get(0);
        return new GraphNode(iri, label(iri, first), kind, first.get("articleId"),
                GraphViews.intOr(first.get("begin"), -1), GraphViews.intOr(first.get("end"), -1));
    }

    /** A neighbour, from one row of neighbours.rq. */
    static GraphNode neighbour(Map<String, String> row) {
        return new GraphNode(row.get("other"), label(row.get("other"), row), GraphViews.kindOf(row.get("type")), "", -1, -1);
    }

    /** A short label: the name, the headline, the count and what was counted, or the statement's opening words. */
    static String label(String iri, Map<String, String> row) {
        if (!row.get("name").isEmpty()) {
            return row.get("name");
        }
        if (!row.get("headline").isEmpty()) {
            return shorten(row.get("headline"));
        }
        if (!row.get("count").isEmpty()) {
            return (row.get("count") + " " + row.get("counted")).strip();
        }
        if (!row.get("text").isEmpty()) {
            return "\u201c" + shorten(row.get("text")) + "\u201d";
        }
        return localName(iri);
    }

    /** The part of an IRI after its last '/' or '#'. */
    static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    private static String shorten(String text) {
        return text.length() <= LABEL_LENGTH ? text : text.substring(0, LABEL_LENGTH - 1).strip() + "\u2026";
    }
}

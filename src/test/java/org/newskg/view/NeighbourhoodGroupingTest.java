package org.newskg.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.app.BuildGraph;
import org.newskg.store.KgStore;

class NeighbourhoodGroupingTest {
    private static final String LEE = "https://newskg.org/id/person/ann-lee";

    private static String quotes(int n, String topic) {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            body.append("\u201CThe ").append(topic).append(" plan has flaw number ").append(i).append(",\u201D said Ann Lee. ");
        }
        return body.toString();
    }

    @Test
    void aMuchQuotedSpeakersStatementsAreGroupedByArticleWithHowManyEachHolds(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("x.txt"), "Harbour plan attacked\n2 May 2011\n\n" + quotes(9, "harbour") + "\n");
        Files.writeString(corpus.resolve("y.txt"), "Bridge plan attacked\n3 May 2011\n\n" + quotes(3, "bridge") + "\n");
        BuildGraph.standard().build(List.of(corpus.toString()), new BuildGraph.Options(Optional.empty(), dir.resolve("ds")),
                new ByteArrayInputStream(new byte[0]), s -> { });
        try (KgStore store = KgStore.openExisting(dir.resolve("ds"))) {
            Neighbourhood grouped = new GraphViews(store, GraphViews.NEIGHBOUR_LIMIT).neighbourhood(LEE).orElseThrow();
            assertEquals(List.of("article", "article"), grouped.nodes().stream().map(GraphNode::kind).toList(), grouped.toString());
            assertEquals(Set.of("said 9", "said 3", "mentions"), grouped.edges().stream().map(GraphEdge::label).collect(Collectors.toSet()));
            assertEquals(List.of("Bridge plan attacked", "Harbour plan attacked"), grouped.nodes().stream().map(GraphNode::label).toList());
        }
    }

    @Test
    void aFewStatementsStayNodesOfTheirOwn(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("x.txt"), "Harbour plan attacked\n2 May 2011\n\n" + quotes(NeighbourhoodBuilder.GROUP_STATEMENTS_OVER, "harbour") + "\n");
        BuildGraph.standard().build(List.of(corpus.toString()), new BuildGraph.Options(Optional.empty(), dir.resolve("ds")),
                new ByteArrayInputStream(new byte[0]), s -> { });
        try (KgStore store = KgStore.openExisting(dir.resolve("ds"))) {
            Neighbourhood around = new GraphViews(store, GraphViews.NEIGHBOUR_LIMIT).neighbourhood(LEE).orElseThrow();
            assertEquals(NeighbourhoodBuilder.GROUP_STATEMENTS_OVER, around.nodes().stream().filter(n -> n.kind().equals("statement")).count());
            assertTrue(around.edges().stream().noneMatch(e -> e.label().startsWith("said")));
        }
    }
}

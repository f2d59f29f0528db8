package org.newskg.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.app.BuildGraph;
import org.newskg.store.KgStore;
import org.newskg.store.Queries;

/** The single-file report and the page's files. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticReportTest {
    KgStore store;

    @BeforeAll
    void build(@TempDir Path dir) throws Exception {
        BuildGraph.standard().build(List.of("examples/00-safe-city-2017.txt", "src/test/resources/eval/articles/leeds-raid.txt"),
                new BuildGraph.Options(Optional.empty(), dir.resolve("ds")), new ByteArrayInputStream(new byte[0]), s -> { });
        store = KgStore.openExisting(dir.resolve("ds"));
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void theReportInlinesEverythingAndLoadsNothing() {
        String html = new StaticReport(store, GraphViews.NEIGHBOUR_LIMIT, 10_000).build().html();
        assertFalse(html.contains("<script src"), "a script loaded from a file");
        assertFalse(html.contains("<link rel=\"stylesheet\""), "a style sheet loaded from a file");
        assertFalse(html.contains("href=\"app/"), "a link to a file of the server");
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"));
        assertTrue(html.contains("Copyright (c) 2016-2026, The Cytoscape Consortium"), "the vendored licence travels with the script");
        assertEquals(11, html.split("<script", -1).length - 1, "Cytoscape.js, the data, the page's nine scripts");
    }

    @Test
    void theEmbeddedDataHoldsEveryViewOfEveryArticle() throws Exception {
        StaticReport.Contents report = new StaticReport(store, GraphViews.NEIGHBOUR_LIMIT, 10_000).build();
        String html = report.html();
        String marker = "<script type=\"application/json\" id=\"newskg-data\">";
        int from = html.indexOf(marker) + marker.length();
        JsonNode data = new ObjectMapper().readTree(html.substring(from, html.indexOf("</script>", from)));
        assertEquals(2, data.get("articles").size());
        assertEquals(2, report.articles());
        GraphViews views = new GraphViews(store, GraphViews.NEIGHBOUR_LIMIT);
        for (ArticleItem item : views.articles(10)) {
            assertEquals(views.article(item.id()).orElseThrow().facts().size(), data.get("article").get(item.id()).get("facts").size());
        }
        JsonNode graph = data.get("graph");
        graph.fieldNames().forEachRemaining(iri -> {
            String kind = graph.get(iri).get("center").get("kind").asText();
            if (List.of("person", "organization", "place").contains(kind)) {
                assertEquals(kind, data.get("entity").get(iri).get("kind").asText(), "the entity page of " + iri + " is in the report");
            }
        });
        assertTrue(data.get("discrepancies").isArray());
        graph.forEach(n -> n.get("nodes").forEach(m -> assertTrue(graph.has(m.get("id").asText()),
                "every node the graph view shows can be moved to: " + m.get("id").asText())));
        assertEquals(report.nodes(), graph.size());
        assertEquals(views.arrests().size(), data.get("arrests").size());
        assertEquals(GraphViews.COMPETENCY_QUERIES.size(), data.get("results").size());
        assertEquals(Queries.selectRows(store, GraphViews.competencyQueries().get(0).text()).size(),
                data.get("results").get("persons").get("results").get("bindings").size());
    }

    @Test
    void textThatLooksLikeMarkupCannotEndTheDataElement() {
        String html = WebPage.report(ViewApi.json(Map.of("text", "</script><script>alert(1)</script><!--")));
        assertFalse(html.contains("</script><script>alert(1)"));
        assertTrue(html.contains("\\u003c/script>\\u003cscript>alert(1)"));
    }

    @Test
    void theSameDatasetGivesTheSameReport() {
        assertEquals(new StaticReport(store, GraphViews.NEIGHBOUR_LIMIT, 10_000).build().html(),
                new StaticReport(store, GraphViews.NEIGHBOUR_LIMIT, 10_000).build().html());
    }

    @Test
    void aReportTooLargeToHoldAsksForFewerArticles() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new StaticReport(store, GraphViews.NEIGHBOUR_LIMIT, 5).build());
        assertTrue(e.getMessage().contains("--article"), e.getMessage());
    }

    @Test
    void onlyThePagesOwnFilesAreServed() {
        assertTrue(WebPage.asset("index.html").isPresent());
        assertEquals("text/javascript;charset=utf-8", WebPage.asset("app/vendor/cytoscape.min.js").orElseThrow().contentType());
        assertTrue(WebPage.asset("../pom.xml").isEmpty());
        assertTrue(WebPage.asset("app/../web/app.js").isEmpty());
    }

    @Test
    void theArticleListLimitIsChecked() {
        ViewApi api = new ViewApi(new GraphViews(store, 5));
        assertThrows(IllegalArgumentException.class, () -> api.answer("articles", Map.of("limit", "0")));
        assertThrows(IllegalArgumentException.class, () -> api.answer("articles", Map.of("limit", "many")));
        assertThrows(IllegalArgumentException.class, () -> api.answer("article", Map.of()));
        assertTrue(api.answer("nothing", Map.of()).isEmpty());
        assertTrue(api.answer("articles", Map.of("limit", "1")).orElseThrow().startsWith("[{\"id\":"));
    }

    @Test
    void aCountBeyondTwoBillionIsShownNotAnError(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("record-sweep.txt");
        java.nio.file.Files.writeString(article, "Record sweep\n\nPolice in Manchester said 3,000,000,000 people were "
                + "arrested in the sweep, a figure nobody believed.\n");
        BuildGraph.standard().build(List.of(article.toString()), new BuildGraph.Options(Optional.empty(), dir.resolve("ds")),
                new ByteArrayInputStream(new byte[0]), s -> { });
        try (KgStore big = KgStore.openExisting(dir.resolve("ds"))) {
            List<ArrestBar> bars = new GraphViews(big, GraphViews.NEIGHBOUR_LIMIT).arrests();
            assertEquals(List.of(3_000_000_000L), bars.stream().map(ArrestBar::count).toList());
            assertTrue(new StaticReport(big, GraphViews.NEIGHBOUR_LIMIT, 10_000).build().html().contains("3000000000"));
        }
    }
}

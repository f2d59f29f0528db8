package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.app.BuildGraph;
import org.newskg.store.KgStore;
import org.newskg.store.Queries;
import org.newskg.testing.BrowserDriver;

/**
 * The pages to explore a corpus, in a real browser (headless Chromium, driven by
 * target/browser/pages.js) on 200 BBC politics articles of the vendored corpus: a person's page,
 * a place's page, search results and the discrepancies view, each checked against the dataset and
 * kept as a screenshot in target/screenshots (corpus-*.png).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusPagesBrowserIT {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final List<String> CORPUS = List.of("src/test/resources/corpus/bbc/politics",
            "src/test/resources/corpus/bbc/politics-more");
    private static final String HOWARD = "https://newskg.org/id/person/michael-howard";
    private static final String BLAIR = "https://newskg.org/id/person/tony-blair";
    private static final String LONDON = "https://newskg.org/id/place/city/london";

    BrowserDriver browser;
    KgStore store;
    KgServer server;
    JsonNode seen;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        browser = BrowserDriver.find();
        BuildGraph.Result built = BuildGraph.standard().build(CORPUS, new BuildGraph.Options(Optional.empty(), dir.resolve("ds")),
                new ByteArrayInputStream(new byte[0]), s -> { });
        assertEquals(200, built.totals().built(), "the 200 politics articles");
        store = KgStore.openExisting(dir.resolve("ds"));
        server = KgServer.start(store, new KgServer.Options(true, 0, false, Duration.ofSeconds(30), 10_000));
        seen = drive("entity=#/entity/" + encode(HOWARD), "place=#/entity/" + encode(LONDON), "search=#/search/howard",
                "discrepancies=#/discrepancies", "articles=#/articles/statements/100",
                "graph=#/graph/" + encode(BLAIR), "chooser=#/graph");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private long count(String sparql) {
        return Long.parseLong(Queries.selectRows(store, sparql).get(0).get("n"));
    }

    @Test
    void aPersonsPageHoldsEveryStatementTheArticlesGiveHimAndWhoMightBeHim() {
        JsonNode page = seen.get("pages").get("entity");
        assertEquals("personMichael Howard", page.get("heading").asText());
        long statements = count("PREFIX schema: <https://schema.org/> SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s schema:author <" + HOWARD + "> }");
        assertTrue(statements > 100, "statements: " + statements);
        List<String> sections = strings(page.get("sections"));
        assertEquals("Statements (" + statements + ")", sections.get(0));
        long maybe = count("PREFIX nkg: <https://newskg.org/ontology#> SELECT (COUNT(*) AS ?n) { ?l nkg:candidate <" + HOWARD + "> }");
        assertTrue(maybe > 0 && sections.contains("Possibly the same as (" + maybe + ")"), sections.toString());
        JsonNode lists = page.get("items");
        assertEquals(statements, lists.get(0).size(), "one item per statement");
    }

    @Test
    void aPlacesPageGivesTheStatementsThatNameIt() {
        JsonNode page = seen.get("pages").get("place");
        assertEquals("placeLondon", page.get("heading").asText());
        List<String> sections = strings(page.get("sections"));
        assertTrue(sections.get(0).startsWith("Arrest counts, oldest first ("), sections.toString());
        assertTrue(sections.stream().anyMatch(s -> s.matches("Statements that name it \\([1-9][0-9]*\\)")), sections.toString());
    }

    @Test
    void searchFindsThePersonFirstThenStatementsAndHeadlines() {
        JsonNode page = seen.get("pages").get("search");
        assertEquals("Search: howard", page.get("heading").asText());
        assertTrue(page.get("items").get(0).get(0).asText().contains("Michael Howard"), page.get("items").toString());
        List<String> sections = strings(page.get("sections"));
        assertEquals(3, sections.size(), sections.toString());
        assertTrue(sections.get(1).matches("Statements \\((50\\+|[1-9][0-9]?)\\)"), sections.toString());
    }

    @Test
    void theArticleListPagesThroughAllTwoHundredSortedByStatements() {
        JsonNode page = seen.get("pages").get("articles");
        assertEquals("200 articles", page.get("heading").asText());
        assertTrue(page.get("pager").asText().contains("101\u2013200 of 200"), page.get("pager").asText());
        assertTrue(page.get("pager").asText().contains("previous 100"), page.get("pager").asText());
        List<Integer> statements = new ArrayList<>();
        page.get("rows").forEach(r -> statements.add(Integer.parseInt(r.get(6).asText())));
        assertEquals(100, statements.size());
        for (int i = 1; i < statements.size(); i++) {
            assertTrue(statements.get(i - 1) >= statements.get(i), "most statements first: " + statements);
        }
    }

    @Test
    void aMuchQuotedPersonsGraphGroupsTheStatementsByArticleAndLabelsEveryNode() {
        JsonNode graph = seen.get("pages").get("graph").get("graph");
        List<String> kinds = strings(graph.get("kinds"));
        assertTrue(kinds.size() > 40, kinds.toString());
        assertTrue(!kinds.contains("statement"), "statements are grouped by article: " + kinds);
        assertEquals(kinds.size(), graph.get("labelled").asInt(), "every node has a label");
        assertTrue(graph.get("said").asInt() > 20, "edges 'said N' to the articles: " + graph);
    }

    @Test
    void theGraphTabStartsFromTheMostMentionedPeopleOrganizationsAndPlaces() {
        JsonNode lists = seen.get("pages").get("chooser").get("items");
        assertEquals(3, lists.size(), lists.toString());
        assertTrue(lists.get(0).get(0).asText().startsWith("Tony Blair \u00b7 87 articles"), lists.get(0).toString());
        assertEquals(30, lists.get(0).size());
    }

    @Test
    void theDiscrepanciesViewCountsWhatTheDatasetHolds() {
        long discrepancies = count("PREFIX nkg: <https://newskg.org/ontology#> SELECT (COUNT(*) AS ?n) { ?d a nkg:Discrepancy }");
        String heading = seen.get("pages").get("discrepancies").get("heading").asText();
        assertEquals(discrepancies + " discrepanc" + (discrepancies == 1 ? "y" : "ies"), heading);
    }

    @Test
    void nothingLeavesTheOriginNothingFailsAndEveryPageIsDrawn() throws Exception {
        assertEquals(List.of(), strings(seen.get("outside")));
        assertEquals(List.of(), strings(seen.get("problems")));
        for (String page : List.of("entity", "place", "search", "discrepancies", "articles", "graph", "chooser")) {
            Path png = SCREENSHOTS.resolve("corpus-" + page + ".png");
            assertTrue(Files.size(png) > 20_000, png + " is " + Files.size(png) + " bytes");
        }
    }

    private static String encode(String iri) {
        return URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    private JsonNode drive(String... pages) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        List<String> arguments = new ArrayList<>(List.of(server.pageUrl(), SCREENSHOTS.toString(), "corpus"));
        arguments.addAll(List.of(pages));
        return browser.run("pages.js", arguments, 300);
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}

package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.app.BuildGraph;
import org.newskg.app.WriteReport;
import org.newskg.store.KgStore;
import org.newskg.store.Queries;
import org.newskg.testing.BrowserDriver;
import org.newskg.testing.ChromeLocator;

/**
 * The web page in a real browser: Chrome or Chromium ({@link ChromeLocator}), headless, driven by playwright-core
 * (target/browser, installed by the Maven build) through every view of the sample article, once
 * on the running server and once in the static report file. The counts the page shows are
 * checked against the dataset, every request the page makes is recorded (any outside the page's
 * own origin is blocked and fails the test), and screenshots are kept in target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageBrowserIT {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String ARTICLE = "00-safe-city-2017";
    private static final String PERSON = "https://newskg.org/id/person/jorge-field";
    private static final String PLACE = "https://newskg.org/id/place/city/philadelphia";
    private static final String ORGANIZATION = "https://newskg.org/id/organization/u-s-immigration-and-customs-enforcement";

    BrowserDriver browser;
    KgStore store;
    KgServer server;
    Path report;
    String text;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        browser = BrowserDriver.find();
        BuildGraph.standard().build(List.of("examples/" + ARTICLE + ".txt"),
                new BuildGraph.Options(Optional.empty(), dir.resolve("ds")), new ByteArrayInputStream(new byte[0]), s -> { });
        report = SCREENSHOTS.resolve("report.html");
        new WriteReport().write(dir.resolve("ds"), List.of(), report);
        store = KgStore.openExisting(dir.resolve("ds"));
        server = KgServer.start(store, new KgServer.Options(true, 0, false, Duration.ofSeconds(10), 400));
        text = Queries.selectRows(store, """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?text { ?c a nif:Context ; nif:isString ?text }""").get(0).get("text");
    }

    @AfterAll
    void stop() {
        server.close();
        store.close();
    }

    @Test
    void everyViewShowsTheSampleArticlesFactsOnTheServer() throws Exception {
        JsonNode seen = drive(server.pageUrl(), "server");
        checkViews(seen, "server");
        assertEquals("4 rows", seen.get("rowCount").asText(), "four rows are not cut by a limit of 400");
        assertEquals("400 rows \u00b7 cut to the server\u2019s limit of 400 rows", seen.get("cutRowCount").asText(),
                "the 464 triples of the sample, cut to the cap");
        assertTrue(seen.get("queryError").asText().startsWith("HTTP 400"), seen.get("queryError").asText());
        assertTrue(seen.get("queryError").asText().contains("Parse error: Encountered \"<EOF>\" at line 1"),
                seen.get("queryError").asText());
        for (JsonNode url : seen.get("requests")) {
            assertTrue(url.asText().startsWith(server.pageUrl()), url.asText());
        }
        List<String> problems = strings(seen.get("problems"));
        assertEquals(List.of("console: Failed to load resource: the server responded with a status of 400 (Bad Request)"), problems,
                "the malformed query's 400 is the only error the page may log");
    }

    @Test
    void theStaticReportShowsTheSameViewsWithoutAnyRequest() throws Exception {
        JsonNode seen = drive(report.toAbsolutePath().toUri().toString(), "report");
        checkViews(seen, "report");
        assertEquals(List.of(report.toAbsolutePath().toUri().toString()), strings(seen.get("requests")).stream().distinct().toList());
        assertEquals(List.of(), strings(seen.get("problems")));
        assertEquals("4 rows \u00b7 answered when the report was made", seen.get("rowCount").asText());
    }

    private void checkViews(JsonNode seen, String name) throws Exception {
        assertEquals(List.of(), strings(seen.get("outside")), "requests outside the page's origin");
        assertEquals(1, seen.get("articles").asInt());
        assertEquals(0, seen.get("misalignedCells").asInt(), "cells of the article list out of their columns");

        assertEquals(text, seen.get("text").asText(), "the article view shows the text the spans count in");
        Map<String, Integer> spans = new TreeMap<>();
        seen.get("spans").fields().forEachRemaining(e -> spans.put(e.getKey(), e.getValue().asInt()));
        assertEquals(expectedSpans(), spans);
        assertEquals(4, spans.get("person"));
        assertEquals(spans.values().stream().mapToInt(Integer::intValue).sum(), seen.get("panelFacts").asInt());
        assertTrue(seen.get("selectedInPanel").asText().startsWith("45 arrests"), seen.get("selectedInPanel").asText());

        JsonNode graph = seen.get("graph");
        assertEquals("Jorge Field", graph.get("center").asText());
        assertEquals(5, graph.get("nodes").asInt(), "Jorge Field, his organization, the article, his two quotes");
        assertEquals(4, graph.get("edges").asInt());
        assertEquals(4, graph.get("listed").asInt());
        assertEquals(ORGANIZATION, seen.get("clickedNode").asText());
        assertEquals(ORGANIZATION, seen.get("afterClick").get("center").asText());
        assertEquals("#/graph/" + ORGANIZATION, seen.get("afterClick").get("hash").asText());

        List<Integer> bars = new ArrayList<>();
        seen.get("bars").forEach(b -> bars.add(b.asInt()));
        bars.sort(null);
        assertEquals(expectedCounts(), bars);
        assertEquals(List.of("Los Angeles", "New York", "Philadelphia", "nationwide", "no place given"), strings(seen.get("groups")));
        assertEquals(bars.size(), seen.get("barsByArticle").asInt(), "grouped by article, the same bars");
        assertEquals(List.of("ICE operation leads to 45 arrests in NY, 500 total nationwide"), strings(seen.get("groupsByArticle")));
        String href = seen.get("barLink").get("href").asText();
        String[] span = href.substring(href.lastIndexOf('/') + 1).split("-");
        assertEquals(text.substring(Integer.parseInt(span[0]), Integer.parseInt(span[1])), seen.get("barLink").get("selected").asText(),
                "the bar's link opens the article with the count's span selected");

        assertEquals("#/entity/" + java.net.URLEncoder.encode(ORGANIZATION, StandardCharsets.UTF_8),
                seen.get("entityLink").asText(), "the graph view links the organization it moved to to its page");
        JsonNode entity = seen.get("entity");
        assertEquals("person", entity.get("kind").asText());
        assertTrue(entity.get("heading").asText().endsWith("Jorge Field"), entity.toString());
        assertEquals(2, entity.get("statements").size(), "Jorge Field's two quotes: " + entity);
        assertTrue(strings(entity.get("statementLinks")).stream().allMatch(h -> h.startsWith("#/article/" + ARTICLE + "/")), entity.toString());
        assertEquals(List.of("Statements (2)", "Roles and affiliations (1)", "Possibly the same as (0)", "Statements that name them (0)",
                "Named beside (3)", "Articles (1)"),
                strings(entity.get("sections")));
        JsonNode place = seen.get("place");
        assertEquals("place", place.get("kind").asText());
        assertEquals(List.of("107 illegal immigrants"), strings(place.get("figures")), place.toString());

        JsonNode search = seen.get("search");
        assertEquals("#/search/ice", search.get("hash").asText());
        assertEquals(List.of("U.S. Immigration and Customs Enforcement"), strings(search.get("entities")), "found by its other name, ICE");
        assertEquals(5, search.get("statements").size(), search.toString());
        assertTrue(strings(search.get("statements")).stream().allMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("ice")), search.toString());
        assertEquals(List.of("ICE operation leads to 45 arrests in NY, 500 total nationwide"), strings(search.get("articles")));

        JsonNode discrepancies = seen.get("discrepancies");
        assertEquals(1, discrepancies.size(), discrepancies.toString());
        assertEquals("figures differ", discrepancies.get(0).get("kind").asText());
        assertEquals("500 vs 498 in one article", discrepancies.get(0).get("description").asText());
        assertEquals(List.of("500 arrests", "498 people"), strings(discrepancies.get(0).get("figures")));
        assertTrue(strings(discrepancies.get(0).get("links")).stream().allMatch(h -> h.startsWith("#/article/" + ARTICLE + "/")),
                "each figure links to its span in the article: " + discrepancies);

        assertEquals(List.of("Inlender", "Jorge Field", "Matthew Albence", "Sarmiento"),
                strings(seen.get("queryRows")).stream().map(r -> r.substring(0, r.indexOf("https://"))).toList());
        for (String view : List.of("articles", "article", "graph", "graph-after-click", "entity", "place", "search", "arrests", "discrepancies", "query")) {
            Path png = SCREENSHOTS.resolve(name + "-" + view + ".png");
            assertTrue(Files.size(png) > 20_000, png + " is " + Files.size(png) + " bytes");
        }
    }

    /** Mentions by the kind of entity they name, counts, direct quotes and reported speech, as the dataset has them. */
    private Map<String, Integer> expectedSpans() {
        Map<String, Integer> expected = new TreeMap<>();
        for (Map<String, String> row : Queries.selectRows(store, """
                PREFIX schema: <https://schema.org/>
                PREFIX nkg: <https://newskg.org/ontology#>
                PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
                SELECT ?kind (COUNT(DISTINCT ?x) AS ?n) {
                  { ?x itsrdf:taIdentRef/a ?type .
                    VALUES (?type ?kind) { (schema:Person "person") (schema:Organization "organization")
                                           (schema:Place "place") (nkg:Group "group") } }
                  UNION { ?x a nkg:ArrestCount BIND("count" AS ?kind) }
                  UNION { ?x a nkg:DirectQuote BIND("quote" AS ?kind) }
                  UNION { ?x a nkg:ReportedSpeech BIND("speech" AS ?kind) }
                } GROUP BY ?kind""")) {
            expected.put(row.get("kind"), Integer.parseInt(row.get("n")));
        }
        return expected;
    }

    private List<Integer> expectedCounts() {
        List<Integer> counts = new ArrayList<>();
        Queries.selectRows(store, "PREFIX nkg: <https://newskg.org/ontology#> SELECT ?c ?n { ?c a nkg:ArrestCount ; nkg:count ?n }")
                .forEach(r -> counts.add(Integer.parseInt(r.get("n"))));
        counts.sort(null);
        return counts;
    }

    private JsonNode drive(String url, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        return browser.run("views.js", List.of(url, SCREENSHOTS.toString(), name, ARTICLE, PERSON, PLACE), 180);
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}

package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.app.BuildGraph;
import org.newskg.store.KgStore;

/** The SPARQL protocol of newskg serve, on a free loopback port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KgServerIT {
    /** The sample's 464 article triples, the 5 of the discrepancy and the 6 of the names derived from them. */
    private static final long SAMPLE_QUADS = 475;
    private static final String PERSONS = "PREFIX schema: <https://schema.org/> SELECT ?name { ?p a schema:Person ; schema:name ?name } ORDER BY ?name";
    private final HttpClient http = HttpClient.newHttpClient();
    KgStore store;
    KgServer server;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        BuildGraph.standard().build(List.of("examples/00-safe-city-2017.txt"),
                new BuildGraph.Options(Optional.empty(), dir.resolve("ds")), new ByteArrayInputStream(new byte[0]), s -> { });
        store = KgStore.openExisting(dir.resolve("ds"));
        server = KgServer.start(store, new KgServer.Options(true, 0, false, Duration.ofSeconds(2), 10));
    }

    @AfterAll
    void stop() {
        server.close();
        store.close();
    }

    private HttpResponse<String> get(String query, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.pageUrl() + path.substring(1)))
                .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnLoopbackAndAnswersGetInEveryResultFormat() throws Exception {
        assertTrue(server.sparqlUrl().matches("http://localhost:\\d+/sparql"), server.sparqlUrl());
        HttpResponse<String> json = get(PERSONS, "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"Matthew Albence\""), json.body());
        HttpResponse<String> csv = get(PERSONS, "text/csv");
        assertEquals("name\r\nInlender\r\nJorge Field\r\nMatthew Albence\r\nSarmiento\r\n", csv.body());
        HttpResponse<String> xml = get(PERSONS, "application/sparql-results+xml");
        assertTrue(xml.body().contains("<literal>Sarmiento</literal>"), xml.body());
    }

    @Test
    void answersPost() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(PERSONS)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("name\r\nInlender"), r.body());
    }

    @Test
    void aMalformedQueryIsABadRequestWithTheParsersMessage() throws Exception {
        HttpResponse<String> r = get("SELECT ?x WHERE { ?x ", "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error") || r.body().contains("Encountered"), r.body());
    }

    @Test
    void updatesAreForbiddenUnlessAllowed() throws Exception {
        String insert = "INSERT DATA { <http://x> <http://y> <http://z> }";
        HttpResponse<String> update = send("POST", "/update", "application/sparql-update", insert);
        assertEquals(403, update.statusCode());
        assertTrue(update.body().contains("--allow-update"), update.body());
        assertEquals(403, send("POST", "/sparql", "application/sparql-update", insert).statusCode());
        assertEquals(403, send("POST", "/sparql", "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8)).statusCode());
        assertEquals(SAMPLE_QUADS, store.quadCount());
    }

    @Test
    void graphStoreWritesAreNotAllowed() throws Exception {
        String turtle = "<http://x> <http://y> <http://z> .";
        HttpResponse<String> put = send("PUT", "/data?default", "text/turtle", turtle);
        assertEquals(405, put.statusCode());
        assertEquals("GET, HEAD, OPTIONS", put.headers().firstValue("Allow").orElse(""));
        assertEquals(405, send("POST", "/data?graph=http://x", "text/turtle", turtle).statusCode());
        assertEquals(405, send("DELETE", "/data?graph=https://newskg.org/graph/00-safe-city-2017", "text/plain", "").statusCode());
        assertEquals(405, send("POST", "/", "text/turtle", turtle).statusCode());
        assertEquals(SAMPLE_QUADS, store.quadCount());
    }

    @Test
    void graphsAreReadThroughTheGraphStoreProtocol() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.pageUrl()
                + "data?graph=" + URLEncoder.encode("https://newskg.org/graph/00-safe-city-2017", StandardCharsets.UTF_8)))
                .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals(464, r.body().lines().filter(l -> !l.isBlank()).count());
    }

    @Test
    void aLargeAnswerIsCutToTheResultCapAndSaysSo() throws Exception {
        HttpResponse<String> capped = get("SELECT ?s { ?s ?p ?o }", "text/csv");
        assertEquals(200, capped.statusCode());
        assertEquals(1 + 10, capped.body().lines().count(), capped.body());
        assertEquals("10", capped.headers().firstValue("NewsKG-Result-Limit").orElse(""));
        HttpResponse<String> small = get("SELECT ?s { ?s ?p ?o } LIMIT 2", "text/csv");
        assertEquals(1 + 2, small.body().lines().count(), small.body());
        assertTrue(small.headers().firstValue("NewsKG-Result-Limit").isEmpty());
    }

    @Test
    void thePageAndItsViewsAreServedWithAPolicyThatKeepsThemOnThisServer() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.pageUrl())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"app/app.js\"></script>"), page.body());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("connect-src 'self'"));
        HttpResponse<String> article = http.send(HttpRequest.newBuilder(URI.create(server.pageUrl()
                + "api/article?id=00-safe-city-2017")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, article.statusCode());
        assertTrue(article.body().startsWith("{\"id\":\"00-safe-city-2017\""), article.body());
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(server.pageUrl()
                + "api/article?id=no-such-article")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        HttpResponse<String> badIri = http.send(HttpRequest.newBuilder(URI.create(server.pageUrl()
                + "api/graph?iri=not%20an%20iri")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, badIri.statusCode());
        HttpResponse<String> vendored = http.send(HttpRequest.newBuilder(URI.create(server.pageUrl()
                + "app/vendor/cytoscape-LICENSE")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(vendored.body().contains("Cytoscape Consortium"), vendored.body());
    }

    @Test
    void withUpdatesAllowedSparqlUpdateAndGraphStoreWritesChangeTheDataset() throws Exception {
        try (KgStore scratch = KgStore.inMemory();
             KgServer writable = KgServer.start(scratch, new KgServer.Options(true, 0, true, Duration.ofSeconds(2), 10))) {
            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(writable.pageUrl() + "update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <http://g> { <http://x> <http://y> <http://z> } }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(204, update.statusCode(), update.body());
            HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(writable.pageUrl() + "data?graph=http://h"))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<http://a> <http://b> <http://c> , <http://d> .")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(put.statusCode() == 200 || put.statusCode() == 201 || put.statusCode() == 204, put.statusCode() + " " + put.body());
            assertEquals(3, scratch.quadCount());
        }
    }

    @Test
    void aTakenPortIsReportedWithTheAddress() {
        ServerStartException e = assertThrows(ServerStartException.class,
                () -> KgServer.start(store, new KgServer.Options(true, server.port(), false, Duration.ofSeconds(2), 10)));
        assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + server.port() + " ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("Choose another with --port"), e.getMessage());
    }

    @Test
    void aSlowQueryIsStoppedByTheTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = get("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "application/sparql-results+json");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < 30, "stopped after " + seconds + " s");
    }
}

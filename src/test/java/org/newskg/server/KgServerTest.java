package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
class KgServerTest {
    private static final String PERSONS = "PREFIX schema: <https://schema.org/> SELECT ?name { ?p a schema:Person ; schema:name ?name } ORDER BY ?name";
    private final HttpClient http = HttpClient.newHttpClient();
    KgStore store;
    KgServer server;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        BuildGraph.standard().build(List.of("examples/00-safe-city-2017.txt"),
                new BuildGraph.Options(Optional.empty(), dir.resolve("ds")), new ByteArrayInputStream(new byte[0]), s -> { });
        store = KgStore.openExisting(dir.resolve("ds"));
        server = KgServer.start(store, new KgServer.Options(true, 0, false, Duration.ofSeconds(2)));
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

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl().replace("/sparql", path)))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnLoopbackAndAnswersGetInEveryResultFormat() throws Exception {
        assertTrue(server.sparqlUrl().matches("http://localhost:\\d+/kg/sparql"), server.sparqlUrl());
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
    void updatesAreRefusedUnlessAllowed() throws Exception {
        HttpResponse<String> r = post("/update", "application/sparql-update", "INSERT DATA { <http://x> <http://y> <http://z> }");
        assertTrue(r.statusCode() == 404 || r.statusCode() == 405 || r.statusCode() == 403, "status " + r.statusCode());
        HttpResponse<String> viaQuery = post("/sparql", "application/sparql-update", "INSERT DATA { <http://x> <http://y> <http://z> }");
        assertTrue(viaQuery.statusCode() >= 400, "status " + viaQuery.statusCode());
        assertEquals(956, store.quadCount());
    }

    @Test
    void aSlowQueryIsStoppedByTheTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = get("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "application/sparql-results+json");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(r.statusCode() == 503 || r.statusCode() == 500 || r.body().contains("imeout"), r.statusCode() + " " + r.body());
        assertTrue(seconds < 30, "stopped after " + seconds + " s");
    }
}

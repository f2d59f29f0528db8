package org.newskg.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.app.BuildGraph;
import org.newskg.store.KgStore;
import org.newskg.testing.BrowserDriver;

/**
 * Each attack on a default {@code newskg serve} that once worked, driven against running servers:
 * a second loopback listener plays the attacker's site and the SSRF target, and headless Chromium
 * opens the attacker's pages as a user of the server would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeSecurityIT {
    private static final String PREFIXES = "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ";
    private static final String GRAPH = "https://newskg.org/graph/00-safe-city-2017";
    private static final String SECRET = "TOP-SECRET-4711";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<AutoCloseable> open = new ArrayList<>();
    private final Map<String, AtomicInteger> attackerHits = new ConcurrentHashMap<>();
    KgServer server;
    KgServer updatable;
    KgServer small;
    KgServer withService;
    KgStore updatableStore;
    HttpServer attacker;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        server = serve(dir.resolve("a"), new KgServer.Options(true, 0, false, Duration.ofSeconds(2), 10_000));
        updatable = serve(dir.resolve("b"), new KgServer.Options(true, 0, true, Duration.ofSeconds(2), 10_000));
        updatableStore = storeOf(dir.resolve("b"));
        small = serve(dir.resolve("c"), new KgServer.Options(true, 0, false, Duration.ofSeconds(20), 10_000, false, Set.of(),
                20_000, QueryWatchdog.heapUsedAfterCollection() + (96L << 20)));
        withService = serve(dir.resolve("d"), new KgServer.Options(true, 0, false, Duration.ofSeconds(2), 10_000, true,
                Set.of(), 1 << 20, QueryWatchdog.defaultLimit()));
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            attackerHits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            byte[] body = page(path).getBytes(UTF_8);
            exchange.getResponseHeaders().set("Content-Type", path.endsWith(".html") ? "text/html" : "text/plain");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        attacker.start();
    }

    private KgServer serve(Path dataset, KgServer.Options options) throws Exception {
        BuildGraph.standard().build(List.of("examples/00-safe-city-2017.txt"),
                new BuildGraph.Options(Optional.empty(), dataset), new ByteArrayInputStream(new byte[0]), s -> { });
        KgStore store = storeOf(dataset);
        KgServer s = KgServer.start(store, options);
        open.add(0, s);
        return s;
    }

    private final Map<Path, KgStore> stores = new ConcurrentHashMap<>();

    private KgStore storeOf(Path dataset) {
        return stores.computeIfAbsent(dataset, d -> {
            KgStore store = KgStore.openExisting(d);
            open.add(store);
            return store;
        });
    }

    private String page(String path) {
        return switch (path) {
            case "/secret.txt" -> SECRET;
            case "/jsonp.html" -> "<html><body><script src=\"" + server.sparqlUrl()
                    + "?query=ASK%7B%7D&callback=alert(1);String\"></script></body></html>";
            case "/csrf.html" -> "<html><body><form method=\"POST\" action=\"" + updatable.pageUrl() + "update\">"
                    + "<input name=\"update\" value=\"DROP ALL\"></form><script>document.forms[0].submit()</script></body></html>";
            default -> "nothing here";
        };
    }

    @AfterAll
    void stop() throws Exception {
        attacker.stop(0);
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private HttpResponse<String> get(KgServer s, String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(s.pageUrl() + pathAndQuery.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> query(KgServer s, String query, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(s.sparqlUrl() + "?query=" + URLEncoder.encode(query, UTF_8)))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode browse(String... urls) throws Exception {
        return BrowserDriver.find().run("attack.js", List.of(urls), 120);
    }

    private static void assertNoScriptRan(JsonNode seen, String url) {
        JsonNode page = seen.get(url);
        assertEquals(0, page.get("dialogs").size(), url + ": " + page);
        assertFalse(page.get("title").asText().contains("pwned"), url + ": " + page);
    }

    @Test
    void theXmlResultsStylesheetCannotRunScriptOnOurOrigin() throws Exception {
        String payload = "x\" type=\"text/css\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(document.domain);"
                + "document.title='pwned'</script></html><?y z=\"";
        String url = server.sparqlUrl() + "?query=ASK%7B%7D&output=xml&stylesheet=" + URLEncoder.encode(payload, UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode(), r.body());
        assertFalse(r.body().contains("<script>"), r.body());
        assertNoScriptRan(browse(url), url);
    }

    @Test
    void jsonpIsRefusedSoAnotherSiteCannotReadResultsWithAScriptTag() throws Exception {
        HttpResponse<String> jsonp = get(server, "/sparql?query=ASK%7B%7D&callback=f");
        assertEquals(400, jsonp.statusCode(), jsonp.body());
        assertFalse(jsonp.body().contains("f("), jsonp.body());
        String page = "http://127.0.0.1:" + attacker.getAddress().getPort() + "/jsonp.html";
        assertNoScriptRan(browse(page), page);
    }

    @Test
    void anotherSitesFormCannotUpdateAServerThatAllowsUpdates() throws Exception {
        long before = updatableStore.quadCount();
        String page = "http://127.0.0.1:" + attacker.getAddress().getPort() + "/csrf.html";
        browse(page);
        assertEquals(before, updatableStore.quadCount(), "the dataset is as it was");
        HttpResponse<String> cross = http.send(HttpRequest.newBuilder(URI.create(updatable.pageUrl() + "update"))
                .header("Content-Type", "application/sparql-update").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, cross.statusCode(), cross.body());
        assertEquals(before, updatableStore.quadCount());
        String origin = updatable.pageUrl().substring(0, updatable.pageUrl().length() - 1);
        HttpResponse<String> same = http.send(HttpRequest.newBuilder(URI.create(updatable.pageUrl() + "update"))
                .header("Content-Type", "application/sparql-update").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> 1 } }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(same.statusCode() / 100 == 2, same.statusCode() + " " + same.body());
        assertEquals(before + 1, updatableStore.quadCount(), "a same-origin update still works");
    }

    @Test
    void aHostNameTheServerWasNotStartedForIsRefused() throws Exception {
        String evil = raw(server.port(), "GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: rebind.evil.example:" + server.port()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(evil.startsWith("HTTP/1.1 403"), evil);
        assertFalse(evil.contains("\"boolean\""), evil);
        String good = raw(server.port(), "GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                + "\r\nAccept: application/sparql-results+json\r\nConnection: close\r\n\r\n");
        assertTrue(good.startsWith("HTTP/1.1 200"), good);
    }

    private static String raw(int port, String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    @Test
    void serviceFetchesNothingAndTellsNothingAboutPorts() throws Exception {
        int open = attacker.getAddress().getPort();
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        HttpResponse<String> toOpen = query(server, "SELECT * { SERVICE <http://127.0.0.1:" + open + "/secret.txt> { ?s ?p ?o } }",
                "application/sparql-results+json");
        HttpResponse<String> toClosed = query(server, "SELECT * { SERVICE <http://127.0.0.1:" + closed + "/secret.txt> { ?s ?p ?o } }",
                "application/sparql-results+json");
        assertEquals(422, toOpen.statusCode(), toOpen.body());
        assertEquals(toOpen.statusCode(), toClosed.statusCode());
        assertEquals(toOpen.body(), toClosed.body(), "an open and a closed port answer alike");
        HttpResponse<String> allowed = query(withService, "SELECT * { SERVICE <http://127.0.0.1:" + open + "/secret.txt> { ?s ?p ?o } }",
                "application/sparql-results+json");
        assertEquals(422, allowed.statusCode(), "loopback stays refused with --allow-service: " + allowed.body());
        HttpResponse<String> variable = query(withService, "SELECT * { BIND(<http://127.0.0.1:" + open
                + "/secret.txt> AS ?u) SERVICE ?u { ?s ?p ?o } }", "application/sparql-results+json");
        assertTrue(variable.statusCode() >= 400, variable.body());
        for (HttpResponse<String> r : List.of(toOpen, toClosed, allowed, variable)) {
            assertFalse(r.body().contains(SECRET), r.body());
        }
        assertEquals(null, attackerHits.get("/secret.txt"), "the target was never fetched");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        List<HttpResponse<String>> answers = List.of(query(server, "ASK {}", "application/sparql-results+json"),
                query(server, "SELECT * {", "application/sparql-results+json"), get(server, "/no/such/thing"),
                get(server, "/data?graph=" + URLEncoder.encode(GRAPH, UTF_8)), get(server, "/sparql?query=ASK%7B%7D&callback=f"),
                get(server, "/"), get(server, "/api/articles"), get(small, "/data"));
        Set<Integer> statuses = new java.util.TreeSet<>();
        for (HttpResponse<String> r : answers) {
            statuses.add(r.statusCode());
            String where = r.uri() + " " + r.statusCode();
            assertEquals(Optional.of("nosniff"), r.headers().firstValue("X-Content-Type-Options"), where);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), where);
            assertEquals(Optional.of("no-referrer"), r.headers().firstValue("Referrer-Policy"), where);
        }
        assertEquals(Set.of(200, 400, 404, 413), statuses);
    }

    @Test
    void aTimedOutQueryIsAnErrorWithAWholeBodyNeverHalfAResult() throws Exception {
        HttpResponse<String> r = query(server, "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STRSTARTS(MD5(CONCAT(STR(?c), STR(?f), STR(?i))), \"000\")) }", "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body().substring(0, Math.min(200, r.body().length())));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), r.headers().toString());
        assertFalse(r.body().contains("bindings"), r.body());
    }

    @Test
    void aCatastrophicRegexIsStoppedByTheTimeout() throws Exception {
        String input = "a".repeat(40) + "!";
        for (String q : List.of("SELECT * { VALUES ?s { \"" + input + "\" } FILTER(REGEX(?s, \"((a+)+)+b\")) }",
                "SELECT (REPLACE(?s, \"(.*a){20}b\", \"x\") AS ?r) { VALUES ?s { \"" + input + "\" } }",
                PREFIXES + "SELECT * { ?c nif:isString ?t FILTER(REGEX(CONCAT(?t, ?t, ?t, ?t), \"(.*a){20}#\")) }")) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = query(server, q, "application/sparql-results+json");
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(503, r.statusCode(), q + ": " + r.body());
            assertTrue(seconds < 6, q + " answered after " + seconds + " s");
        }
        HttpResponse<String> simple = query(server, "SELECT * { VALUES ?s { \"Jorge Field\" } FILTER(REGEX(?s, \"^jorge\", \"i\")) }",
                "text/csv");
        assertEquals("s\r\nJorge Field\r\n", simple.body());
        HttpResponse<String> replaced = query(server, "SELECT (REPLACE(\"Jorge Field\"@en, \"Field\", \"F.\") AS ?r) {}", "text/csv");
        assertEquals("r\r\nJorge F.\r\n", replaced.body());
    }

    @Test
    void aHugeQueryIsRefusedBeforeItIsParsed() throws Exception {
        String huge = "SELECT * { ?s ?p ?o FILTER(?o IN (" + "\"x\",".repeat(60_000) + "\"y\")) }";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(huge)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void theGraphStoreReadIsCapped() throws Exception {
        HttpResponse<String> whole = get(small, "/data?graph=" + URLEncoder.encode(GRAPH, UTF_8));
        assertEquals(413, whole.statusCode());
        assertTrue(whole.body().contains("--max-answer-mb"), whole.body());
        assertEquals(200, query(small, "ASK {}", "application/sparql-results+json").statusCode());
    }

    @Test
    void oneQueryCannotTakeTheHeap() throws Exception {
        HttpResponse<String> r = query(small, "SELECT (GROUP_CONCAT(CONCAT(STR(?a), STR(?b), STR(?c))) AS ?all) "
                + "{ ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }", "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body().substring(0, Math.min(300, r.body().length())));
        assertTrue(r.body().contains("memory"), r.body());
        assertEquals(200, query(small, "ASK {}", "application/sparql-results+json").statusCode(), "the server goes on");
    }
}

package org.newskg.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.ExitCodes;
import org.newskg.cli.KgCli;
import picocli.CommandLine;

/** newskg push into real Fuseki servers on free loopback ports, and into servers that refuse. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FusekiPushIT {
    InteropFixture fx;
    FusekiServer open;
    FusekiServer guarded;
    Path passwords;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        fx = new InteropFixture(dir);
        open = FusekiServer.create().loopback(true).port(0).add("/news", unionDataset()).build().start();
        Path realm = dir.resolve("realm.properties");
        Files.writeString(realm, "editor: s3cret\n");
        guarded = FusekiServer.create().loopback(true).port(0).passwordFile(realm.toString()).auth(AuthScheme.BASIC)
                .serverAuthPolicy(Auth.policyAllowSpecific("editor")).add("/news", unionDataset()).build().start();
        passwords = dir.resolve("password");
        Files.writeString(passwords, "s3cret\n");
    }

    @AfterAll
    void stop() {
        open.stop();
        guarded.stop();
    }

    /** A TDB2 dataset whose default graph is the union of its named graphs, as newskg's own. */
    private static Dataset unionDataset() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return ds;
    }

    private int push(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = KgCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("push", "--dataset", fx.dataset.toString()));
        all.addAll(List.of(args));
        return cli.execute(all.toArray(String[]::new));
    }

    private static List<Map<String, String>> select(String endpoint, String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.service(endpoint).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new LinkedHashMap<>();
                for (String v : rs.getResultVars()) {
                    RDFNode n = s.get(v);
                    row.put(v, n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private long quadsOn(FusekiServer server) {
        return Long.parseLong(select(server.datasetURL("/news"), "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
                .get(0).get("n"));
    }

    @Test
    void pushedGraphsAnswerTheCompetencyQueriesAsTdb2AndPushingTwiceChangesNothing() throws Exception {
        String endpoint = open.datasetURL("/news");
        assertEquals(ExitCodes.OK, push("--endpoint", endpoint, "--replace"), err.toString());
        assertEquals(7, out.toString().lines().filter(l -> l.contains(": replaced, ")).count(), out.toString());
        assertTrue(out.toString().contains(org.newskg.store.Discrepancies.GRAPH + ": replaced, ")
                && out.toString().contains(org.newskg.store.CorpusNames.GRAPH + ": replaced, "), "the derived graphs go too");
        long quads = quadsOn(open);
        assertEquals(fx.quads, quads);
        for (String q : InteropFixture.COMPETENCY) {
            assertEquals(fx.answers.get(q), InteropFixture.normalize(select(endpoint, InteropFixture.query(q))), q);
        }
        assertEquals(ExitCodes.OK, push("--endpoint", endpoint, "--replace"), err.toString());
        assertEquals(quads, quadsOn(open));
        assertEquals(ExitCodes.OK, push("--endpoint", endpoint), err.toString());
        assertEquals(quads, quadsOn(open), "adding the same triples again changes nothing");
    }

    @Test
    void pushesWithoutTheArticleText() {
        FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/news", unionDataset()).build().start();
        try {
            String endpoint = server.datasetURL("/news");
            assertEquals(ExitCodes.OK, push("--endpoint", endpoint, "--replace", "--text", "none"), err.toString());
            String nif = "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ";
            assertEquals("0", select(endpoint, nif + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?c nif:isString ?t } }").get(0).get("n"));
            assertTrue(Long.parseLong(select(endpoint, nif + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s nif:beginIndex ?b } }")
                    .get(0).get("n")) > 100, "the offsets go");
            assertEquals(ExitCodes.USAGE, push("--endpoint", endpoint, "--text", "some"));
        } finally {
            server.stop();
        }
    }

    @Test
    void pushesWithCredentials() {
        assertEquals(ExitCodes.OK, push("--endpoint", guarded.datasetURL("/news"), "--replace", "--user", "editor",
                "--password-file", passwords.toString()), err.toString());
        assertTrue(out.toString().contains(": replaced, "), out.toString());
    }

    @Test
    void aWrongPasswordFailsClearly(@TempDir Path dir) throws Exception {
        Path wrong = dir.resolve("wrong");
        Files.writeString(wrong, "nope\n");
        assertEquals(ExitCodes.INPUT_ERROR, push("--endpoint", guarded.datasetURL("/news"), "--replace", "--user", "editor",
                "--password-file", wrong.toString()));
        assertTrue(err.toString().contains("NOT SENT: HTTP 401: the server refused the credentials"), err.toString());
        assertTrue(err.toString().contains("pushed 0 graph(s), 7 not sent"), err.toString());
    }

    @Test
    void anEndpointThatIsNotThereFailsClearly() {
        assertEquals(ExitCodes.INPUT_ERROR, push("--endpoint", open.serverURL() + "nowhere", "--replace"));
        assertTrue(err.toString().contains("NOT SENT: HTTP 404: no Graph Store Protocol service at this endpoint"), err.toString());
    }

    @Test
    void aServerErrorIsRetriedThenReported() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer failing = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        failing.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        failing.start();
        try {
            String graph = org.newskg.rdf.Iris.graph(new org.newskg.article.ArticleId("leeds-raid"));
            int code = push("--endpoint", "http://127.0.0.1:" + failing.getAddress().getPort() + "/news", "--graph", graph);
            assertEquals(ExitCodes.INPUT_ERROR, code);
            assertEquals(3, requests.get(), "three tries");
            assertTrue(err.toString().contains(graph + ": NOT SENT: HTTP 500"), err.toString());
            assertTrue(err.toString().contains("gave up after 3 tries"), err.toString());
        } finally {
            failing.stop(0);
        }
    }

    @Test
    void aServerThatCannotBeReachedIsReported() {
        String graph = org.newskg.rdf.Iris.graph(new org.newskg.article.ArticleId("leeds-raid"));
        assertEquals(ExitCodes.INPUT_ERROR, push("--endpoint", "http://127.0.0.1:1/news", "--graph", graph));
        assertTrue(err.toString().contains("NOT SENT: cannot reach the server"), err.toString());
    }
}

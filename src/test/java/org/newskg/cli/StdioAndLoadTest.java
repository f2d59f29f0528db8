package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** "-" means stdin or stdout wherever it can, and load puts triples where queries see them. */
class StdioAndLoadTest {
    private static final String TURTLE = "<http://example.org/a> <http://example.org/says> \"hello\" .\n";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        bytes.reset();
        CommandLine cli = KgCli.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), bytes);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String count(Path ds) {
        run("", "query", "--dataset", ds.toString(), "--format", "csv", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        return out.toString().split("\\R")[1];
    }

    @Test
    void theQueryCanComeFromStdin(@TempDir Path dir) {
        Path ds = dir.resolve("ds");
        assertEquals(0, run("", "build", "--dataset", ds.toString(), "--no-turtle", "examples/00-safe-city-2017.txt"));
        assertEquals(0, run("ASK { ?s ?p ?o }", "query", "--dataset", ds.toString(), "--format", "csv", "-"), err.toString());
        assertEquals("_askResult\r\ntrue\r\n", out.toString());
        assertEquals(0, run("ASK { ?s ?p ?o }", "query", "--dataset", ds.toString(), "--format", "csv", "--file", "-"), err.toString());
        assertEquals("_askResult\r\ntrue\r\n", out.toString());
    }

    @Test
    void theReportCanGoToStdout(@TempDir Path dir) {
        Path ds = dir.resolve("ds");
        run("", "build", "--dataset", ds.toString(), "--no-turtle", "examples/00-safe-city-2017.txt");
        assertEquals(0, run("", "report", "--dataset", ds.toString(), "--output", "-"), err.toString());
        String html = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(html.regionMatches(true, 0, "<!doctype html>", 0, 15) && html.contains("Content-Security-Policy"),
                html.substring(0, Math.min(200, html.length())));
        assertTrue(Files.notExists(Path.of("-")), "no file named -");
    }

    @Test
    void triplesGoIntoANamedGraphThatQueriesSee(@TempDir Path dir) throws Exception {
        Path ds = dir.resolve("ds");
        Path ttl = dir.resolve("ex.ttl");
        Files.writeString(ttl, TURTLE);
        assertEquals(0, run("", "load", "--dataset", ds.toString(), ttl.toString()), err.toString());
        assertEquals("1", count(ds));
        run("", "query", "--dataset", ds.toString(), "--format", "csv", "SELECT ?g { GRAPH ?g { ?s ?p ?o } }");
        assertEquals("g\r\n" + ttl.toUri() + "\r\n", out.toString());
        assertEquals(0, run(TURTLE.replace("hello", "bye"), "load", "--dataset", ds.toString(), "--syntax", "ttl", "--graph",
                "urn:example:stdin", "-"), err.toString());
        assertEquals("2", count(ds));
    }

    @Test
    void gzippedNQuadsAreToldFromTheirName(@TempDir Path dir) throws Exception {
        Path ds = dir.resolve("ds");
        Path nq = dir.resolve("x.nquads.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(nq))) {
            o.write(TURTLE.replace(" .\n", " <urn:example:g> .\n").getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(0, run("", "load", "--dataset", ds.toString(), nq.toString()), err.toString());
        assertEquals("1", count(ds));
    }
}

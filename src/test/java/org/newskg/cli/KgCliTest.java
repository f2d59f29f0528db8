package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KgCliTest {
    private final CliRun shell = new CliRun();

    private int run(String... args) {
        return shell.run(args);
    }

    @Test
    void printsVersionAndHelp() {
        assertEquals(ExitCodes.OK, run("--version"));
        assertTrue(shell.out.toString().matches("newskg \\d+\\.\\d+\\.\\d+.*\\R"), shell.out.toString());
        assertEquals(ExitCodes.OK, run("build", "--help"));
        assertTrue(shell.out.toString().contains("--dataset=DIR") && shell.out.toString().contains("Exit codes:"), shell.out.toString());
    }

    @Test
    void buildsThenQueriesAsCsv(@TempDir Path dir) {
        String dataset = dir.resolve("ds").toString();
        assertEquals(ExitCodes.OK, run("build", "--dataset", dataset, "--out", dir.resolve("out").toString(),
                "examples/00-safe-city-2017.txt"));
        assertTrue(shell.out.toString().startsWith("00-safe-city-2017: 4 people, 4 organizations, 10 places,"), shell.out.toString());
        assertEquals(ExitCodes.OK, run("query", "--dataset", dataset, "--format", "csv", "--file", "ontology/queries/persons.rq"));
        assertTrue(shell.out.toString().startsWith("name,person\r\nInlender,"), shell.out.toString());
        assertEquals(ExitCodes.OK, run("validate", "--dataset", dataset));
        assertTrue(shell.err.toString().contains("conforms"), shell.err.toString());
    }

    @Test
    void aQueryThatDoesNotParseExitsFour(@TempDir Path dir) {
        run("build", "--dataset", dir.resolve("ds").toString(), "--out", dir.resolve("out").toString(), "examples/00-safe-city-2017.txt");
        assertEquals(ExitCodes.QUERY_ERROR, run("query", "--dataset", dir.resolve("ds").toString(), "SELECT ?x WHERE {"));
        assertTrue(shell.err.toString().contains("query does not parse"), shell.err.toString());
    }

    @Test
    void writesAReportOfChosenArticlesAndNamesAnArticleItLacks(@TempDir Path dir) throws Exception {
        String dataset = dir.resolve("ds").toString();
        run("build", "--dataset", dataset, "--no-turtle", "examples/00-safe-city-2017.txt",
                "src/test/resources/eval/articles/leeds-raid.txt");
        Path report = dir.resolve("out/report.html");
        assertEquals(ExitCodes.OK, run("report", "--dataset", dataset, "--article", "leeds-raid", "--output", report.toString()));
        assertTrue(shell.err.toString().startsWith("wrote " + report + ": 1 article(s), "), shell.err.toString());
        String html = Files.readString(report);
        assertTrue(html.contains("\"leeds-raid\"") && !html.contains("\"00-safe-city-2017\""), "only the chosen article");
        assertEquals(ExitCodes.DATASET_ERROR, run("report", "--dataset", dataset, "--article", "no-such-article", "--output",
                dir.resolve("other.html").toString()));
        assertTrue(shell.err.toString().contains("no article no-such-article in " + dataset), shell.err.toString());
        assertTrue(Files.notExists(dir.resolve("other.html")));
        assertEquals(ExitCodes.USAGE, run("report", "--dataset", dataset));
    }

    @Test
    void aMissingDatasetExitsFive(@TempDir Path dir) {
        assertEquals(ExitCodes.DATASET_ERROR, run("query", "--dataset", dir.resolve("none").toString(), "ASK {}"));
        assertTrue(shell.err.toString().contains("no dataset at"), shell.err.toString());
    }

    @Test
    void aBadInputExitsOneAndNamesTheFileAndLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'H', 'i', '\n', (byte) 0xC3, '\n'});
        assertEquals(ExitCodes.INPUT_ERROR, run("build", "--dataset", dir.resolve("ds").toString(), "--out",
                dir.resolve("out").toString(), bad.toString()));
        assertTrue(shell.err.toString().contains(bad + ":2: not valid UTF-8"), shell.err.toString());
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("build"));
    }

    @Test
    void exportsGzippedNQuadsToStdout(@TempDir Path dir) throws Exception {
        String dataset = dir.resolve("ds").toString();
        run("build", "--dataset", dataset, "--out", dir.resolve("out").toString(), "examples/00-safe-city-2017.txt");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        CommandLine cli = KgCli.commandLine(java.io.InputStream.nullInputStream(), bytes);
        cli.setErr(new PrintWriter(shell.err, true));
        assertEquals(ExitCodes.OK, cli.execute("export", "--dataset", dataset, "--format", "nquads", "--gzip"));
        String nquads;
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            nquads = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(464, nquads.lines().filter(l -> l.endsWith("<https://newskg.org/graph/00-safe-city-2017> .")).count());
        assertEquals(5, nquads.lines().filter(l -> l.endsWith("<https://newskg.org/derived/discrepancies> .")).count(),
                "the derived graphs go with the article graphs");
        assertTrue(nquads.lines().anyMatch(l -> l.equals("<https://newskg.org/id/person/matthew-albence> <https://schema.org/name> "
                + "\"Matthew Albence\" <https://newskg.org/derived/names> .")), "a corpus person's name is in the derived graph of names");
        assertTrue(shell.err.toString().contains("exported 3 graph(s), 475 quads"), shell.err.toString());
    }

    /** The sentences of the sample article: its headline and body cut at sentence ends and line breaks, of three words or more. */
    private static java.util.List<String> sampleSentences() throws Exception {
        java.util.List<String> lines = Files.readAllLines(Path.of("examples/00-safe-city-2017.txt"));
        // The headline and the body: line 3 is the date, which the article's text does not include.
        String text = lines.get(0) + "\n" + String.join("\n", lines.subList(3, lines.size()));
        return java.util.Arrays.stream(text.split("\\n|(?<=[.!?\"])\\s+"))
                .map(String::strip).filter(x -> x.split("\\s+").length >= 3).toList();
    }

    private String exportNQuads(String dataset, String... more) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        CommandLine cli = KgCli.commandLine(java.io.InputStream.nullInputStream(), bytes);
        cli.setErr(new PrintWriter(shell.err, true));
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("export", "--dataset", dataset, "--format", "nquads"));
        args.addAll(java.util.List.of(more));
        assertEquals(ExitCodes.OK, cli.execute(args.toArray(String[]::new)), shell.err.toString());
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void anExportWithoutTextHoldsNoSentenceOfTheArticle(@TempDir Path dir) throws Exception {
        String dataset = dir.resolve("ds").toString();
        assertEquals(ExitCodes.OK, run("build", "--dataset", dataset, "--no-turtle", "--text", "full",
                "examples/00-safe-city-2017.txt"));
        java.util.List<String> sentences = sampleSentences();
        assertTrue(sentences.size() >= 20, sentences.toString());
        String full = exportNQuads(dataset);
        // N-Quads escapes quotation marks: compare with the sentences as N-Quads writes them.
        java.util.function.Function<String, String> nq = x -> x.replace("\\", "\\\\").replace("\"", "\\\"");
        assertTrue(sentences.stream().allMatch(x -> full.contains(nq.apply(x))), "the full export holds every sentence");
        for (String profile : java.util.List.of("none", "NONE")) {
            String none = exportNQuads(dataset, "--text", profile);
            for (String sentence : sentences) {
                assertTrue(!none.contains(nq.apply(sentence)), "--text none exports: " + sentence);
            }
            assertTrue(none.contains("nif-core#beginIndex") && none.contains("#contentHash"), "offsets and the hash stay");
            assertTrue(none.contains("#textProfile> \"none\""), "the export says it holds no text");
        }
        String spans = exportNQuads(dataset, "--text", "spans");
        assertTrue(!spans.contains("nif-core#anchorOf") && !spans.contains("schema.org/text>") && spans.contains("nif-core#isString"));
    }

    @Test
    void webAnnotationsSelectTheWordsOfEveryFactAndMention(@TempDir Path dir) throws Exception {
        String dataset = dir.resolve("ds").toString();
        assertEquals(ExitCodes.OK, run("build", "--dataset", dataset, "--no-turtle", "examples/00-safe-city-2017.txt"));
        org.apache.jena.query.Dataset ds = org.apache.jena.riot.RDFParser.fromString(exportNQuads(dataset, "--web-annotations"),
                org.apache.jena.riot.Lang.NQUADS).toDataset();
        String oa = "PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ";
        var rows = org.newskg.testing.SparqlRows.select(ds, oa + """
                SELECT ?a ?body ?start ?end ?exact ?text { GRAPH ?g {
                  ?a a oa:Annotation ; oa:hasBody ?body ; oa:hasTarget ?t .
                  ?t oa:hasSource ?article ; oa:hasSelector ?p, ?q .
                  ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
                  ?q a oa:TextQuoteSelector ; oa:exact ?exact .
                  ?c nif:isString ?text } }""");
        int facts = 0;
        for (var r : rows) {
            String text = r.get("text");
            String atOffsets = text.substring(text.offsetByCodePoints(0, Integer.parseInt(r.get("start"))),
                    text.offsetByCodePoints(0, Integer.parseInt(r.get("end"))));
            assertEquals(atOffsets, r.get("exact"), r.toString());
            facts += r.get("body").contains("/statement/") || r.get("body").contains("/count/") ? 1 : 0;
        }
        assertEquals(38 + 14 + 7 + 2 + 2, rows.size(), "38 mentions, 14 statements, 7 counts, 2 arrests, 2 roles");
        assertEquals(21, facts, "14 statements and 7 counts");
        org.apache.jena.query.Dataset none = org.apache.jena.riot.RDFParser.fromString(
                exportNQuads(dataset, "--web-annotations", "--text", "none"), org.apache.jena.riot.Lang.NQUADS).toDataset();
        assertEquals(rows.size(), org.newskg.testing.SparqlRows.select(none, oa
                + "SELECT ?a { GRAPH ?g { ?a a oa:Annotation ; oa:hasTarget/oa:hasSelector/a oa:TextPositionSelector } }").size());
        assertEquals(0, org.newskg.testing.SparqlRows.select(none, oa + "SELECT ?q { GRAPH ?g { ?q a oa:TextQuoteSelector } }").size(),
                "no quote of the text when the output holds none");
    }

    @Test
    void aGraphBuiltWithoutTextHoldsNoSentenceOfTheArticleAndConforms(@TempDir Path dir) throws Exception {
        String dataset = dir.resolve("ds").toString();
        assertEquals(ExitCodes.OK, run("build", "--dataset", dataset, "--text", "none", "--out", dir.resolve("out").toString(),
                "examples/00-safe-city-2017.txt"));
        String turtle = Files.readString(dir.resolve("out/00-safe-city-2017.ttl"));
        String nquads = exportNQuads(dataset);
        for (String sentence : sampleSentences()) {
            assertTrue(!turtle.contains(sentence) && !nquads.contains(sentence.replace("\"", "\\\"")), sentence);
        }
        assertEquals(ExitCodes.OK, run("validate", "--dataset", dataset));
        assertEquals(ExitCodes.OK, run("build", "--dataset", dataset, "--no-turtle", "examples/00-safe-city-2017.txt"));
        assertTrue(shell.err.toString().contains("built 1 article(s), 0 unchanged"), "another profile rebuilds: " + shell.err);
        assertEquals(ExitCodes.USAGE, run("build", "--dataset", dataset, "--text", "some", "examples/00-safe-city-2017.txt"));
        assertTrue(shell.err.toString().contains("--text") && shell.err.toString().contains("full, spans or none"), shell.err.toString());
        assertEquals(ExitCodes.USAGE, run("export", "--dataset", dataset, "--format", "nquads", "--text", "some"));
    }

    @Test
    void anUnknownExportFormatIsAUsageError(@TempDir Path dir) {
        run("build", "--dataset", dir.resolve("ds").toString(), "--out", dir.resolve("out").toString(), "examples/00-safe-city-2017.txt");
        assertEquals(ExitCodes.USAGE, run("export", "--dataset", dir.resolve("ds").toString(), "--format", "csv"));
        assertTrue(shell.err.toString().contains("unknown format 'csv'"), shell.err.toString());
    }

    @Test
    void readsAnArticleFromStdin(@TempDir Path dir) {
        CommandLine cli = KgCli.commandLine(new java.io.ByteArrayInputStream(
                "Raid in Leeds\n\n\nFive men were arrested in Leeds.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                java.io.OutputStream.nullOutputStream());
        cli.setOut(new PrintWriter(shell.out, true));
        cli.setErr(new PrintWriter(shell.err, true));
        assertEquals(ExitCodes.OK, cli.execute("build", "--dataset", dir.resolve("ds").toString(), "--out",
                dir.resolve("out").toString(), "-"));
        assertTrue(shell.out.toString().startsWith("stdin: 0 people, 0 organizations, 1 places, 1 arrest counts"), shell.out.toString());
    }
}

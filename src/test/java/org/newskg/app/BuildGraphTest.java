package org.newskg.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.CollectingErrorHandler;
import org.newskg.article.InputFormat;
import org.newskg.store.KgStore;
import org.newskg.store.Queries;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuildGraphTest {
    private static final String SAMPLE = "examples/00-safe-city-2017.txt";
    private final BuildGraph build = BuildGraph.standard();

    /** A build's result and the articles it reported, in the order reported. */
    record Run(BuildGraph.Result result, List<ArticleSummary> articles) {
    }

    private Run build(Path dir, String... inputs) throws Exception {
        return build(new BuildGraph.Options(Optional.of(dir.resolve("out")), dir.resolve("dataset")), new byte[0], inputs);
    }

    private Run build(BuildGraph.Options options, byte[] stdin, String... inputs) throws Exception {
        List<ArticleSummary> articles = new ArrayList<>();
        BuildGraph.Result r = build.build(List.of(inputs), options, new ByteArrayInputStream(stdin), articles::add);
        return new Run(r, articles);
    }

    private static long quads(Path dataset) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RunQuery().run(dataset, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(STRSTARTS(STR(?g), \"https://newskg.org/graph/\")) }", null, ResultFormat.CSV, out);
        return Long.parseLong(out.toString(StandardCharsets.UTF_8).split("\\R")[1].strip());
    }

    private static String dump(Path dataset) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExportDataset().export(dataset, "nquads", List.of(), false, null, out);
        List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
        lines.sort(null);
        return String.join("\n", lines);
    }

    /** A folder "corpus" under {@code dir} holding two text articles, a.txt and b.txt. */
    private static Path twoArticles(Path dir, String a, String b) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), a);
        Files.writeString(corpus.resolve("b.txt"), b);
        return corpus;
    }

    @Test
    void buildingTwiceGivesByteIdenticalTurtleAndTheSameTripleCount(@TempDir Path dir) throws Exception {
        Run first = build(dir, SAMPLE);
        byte[] turtle = Files.readAllBytes(dir.resolve("out/00-safe-city-2017.ttl"));
        long quads = quads(dir.resolve("dataset"));
        Files.delete(dir.resolve("out/00-safe-city-2017.ttl"));
        org.newskg.store.KgStore.open(dir.resolve("dataset2")).close();
        Run second = build(new BuildGraph.Options(Optional.of(dir.resolve("out")), dir.resolve("dataset2")), new byte[0], SAMPLE);
        assertArrayEquals(turtle, Files.readAllBytes(dir.resolve("out/00-safe-city-2017.ttl")));
        assertEquals(quads, quads(dir.resolve("dataset2")));
        assertEquals(first.articles().get(0).triples(), second.articles().get(0).triples());
        assertEquals(first.articles().get(0).triples(), quads);
    }

    @Test
    void theCommittedOutputIsWhatTheBuildWrites(@TempDir Path dir) throws Exception {
        build(dir, SAMPLE);
        assertArrayEquals(Files.readAllBytes(Path.of("output/00-safe-city-2017.ttl")),
                Files.readAllBytes(dir.resolve("out/00-safe-city-2017.ttl")),
                "output/00-safe-city-2017.ttl is stale: rebuild it with the README's first command");
    }

    @Test
    void theTurtleParsesStrictlyWithoutWarnings(@TempDir Path dir) throws Exception {
        build(dir, SAMPLE);
        CollectingErrorHandler collect = new CollectingErrorHandler();
        long triples = RDFParser.source(dir.resolve("out/00-safe-city-2017.ttl")).strict(true).checking(true)
                .errorHandler(collect).toModel().size();
        assertEquals(List.of(), collect.problems());
        assertTrue(triples > 400, "triples: " + triples);
    }

    @Test
    void theSampleConformsToTheShapes(@TempDir Path dir) throws Exception {
        build(dir, SAMPLE);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        assertEquals(0, new ValidateGraph().validate(dir.resolve("dataset"), null, report), report.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eachArticleGraphIsValidatedOnItsOwnWithProgressAndTheUnionOnRequest(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "Talks resume\n\nThe singer Anna Lee-Marsh said on Monday that the tour would go ahead.\n");
        Files.writeString(in.resolve("b.txt"), "Tour cancelled\n\nThe singer Anna Lee Marsh said on Friday that the tour was off.\n");
        build(dir, in.toString());
        List<String> progress = new ArrayList<>();
        assertEquals(0, new ValidateGraph().validate(dir.resolve("dataset"), null, new ByteArrayOutputStream(), false,
                (done, total) -> progress.add(done + "/" + total)));
        assertEquals(List.of("1/3", "2/3", "3/3"), progress, "two article graphs and the derived graph of names");
        ByteArrayOutputStream union = new ByteArrayOutputStream();
        assertEquals(0, new ValidateGraph().validate(dir.resolve("dataset"), null, union, true, (done, total) -> { }),
                "one node, two spellings across the articles, and still one schema:name: " + union.toString(StandardCharsets.UTF_8));
        try (KgStore store = KgStore.open(dir.resolve("dataset"))) {
            String person = "https://newskg.org/id/person/anna-lee-marsh";
            assertEquals(List.of(Map.of("name", "Anna Lee Marsh", "alt", "Anna Lee-Marsh")), Queries.selectRows(store,
                    "SELECT ?name ?alt { <" + person + "> <https://schema.org/name> ?name ; <https://schema.org/alternateName> ?alt }"),
                    "as many articles each: the spelling first in code point order is the name, the other an alternate name");
        }
    }

    @Test
    void aGraphThatBreaksAShapeIsReported(@TempDir Path dir) throws Exception {
        build(dir, SAMPLE);
        Path shapes = dir.resolve("strict.ttl");
        Files.writeString(shapes, "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix schema: <https://schema.org/> .\n"
                + "[] a sh:NodeShape ; sh:targetClass schema:Person ; sh:property [ sh:path schema:email ; sh:minCount 1 ] .");
        assertEquals(4, new ValidateGraph().validate(dir.resolve("dataset"), shapes, new ByteArrayOutputStream()));
    }

    @Test
    void aBadInputIsReportedAndTheRestStillBuilds(@TempDir Path dir) throws Exception {
        build(dir, SAMPLE);
        long before = quads(dir.resolve("dataset"));
        Path binary = dir.resolve("broken.txt");
        Files.write(binary, new byte[] {'H', '\n', '\n', 0, 1, 2});
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "Raid in Leeds\n\n\nFive men were arrested in Leeds on Monday.\n");
        Run r = build(dir, binary.toString(), other.toString(), dir.resolve("missing.txt").toString());
        assertEquals(List.of("other"), r.articles().stream().map(ArticleSummary::id).toList());
        assertEquals(List.of(binary + ":3: binary content (NUL byte at offset 3), not a text article",
                dir.resolve("missing.txt") + ": no such file"), r.result().failed().stream().map(BuildFailure::message).toList());
        assertEquals(2, r.result().totals().failed());
        assertTrue(quads(dir.resolve("dataset")) > before, "the sample's graph is still there and the new one was added");
    }

    @Test
    void readsAnArticleFromStdin(@TempDir Path dir) throws Exception {
        byte[] article = "Raid in Leeds\n\n\nFive men were arrested in Leeds on Monday.\n".getBytes(StandardCharsets.UTF_8);
        Run r = build(new BuildGraph.Options(Optional.empty(), dir.resolve("dataset")), article, "-");
        assertEquals("stdin", r.articles().get(0).id());
        assertEquals(1, r.articles().get(0).counts());
    }

    @Test
    void anUnbalancedQuoteIsAWarningWithTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.txt");
        Files.writeString(file, "Headline\n\n\nFirst paragraph.\n\nHe said \"this never closes.\n");
        Run r = build(dir, file.toString());
        assertEquals(List.of(file + ":6: unbalanced quotation mark: opened and never closed in its paragraph"),
                r.articles().get(0).warnings());
    }

    @Test
    void readsJsonLinesAndReportsEachMalformedLineWithItsNumber(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\": \"a-1\", \"title\": \"Raid in Leeds\", \"date\": \"2005-03-07\", \"text\": \"Five men were arrested in Leeds.\", \"author\": \"Ann Lee\"}",
                "{\"id\": \"a-2\", \"title\": \"Broken\", \"text\": ",
                "",
                "[1, 2]",
                "{\"id\": \"a-3\", \"headline\": \"No body here\"}",
                "{\"id\": \"a-4\", \"headline\": \"Protest in York\", \"body\": \"Police said 12 people were detained in York.\", \"url\": \"https://example.org/a4\"}"));
        Run r = build(dir, file.toString());
        assertEquals(List.of("a-1", "a-4"), r.articles().stream().map(ArticleSummary::id).toList());
        assertEquals(List.of(file + ":2: malformed JSON", file + ":4: a line must hold one JSON object",
                        file + ":5: no 'body' or 'text'"),
                r.result().failed().stream().map(f -> f.message().replaceFirst("(malformed JSON).*", "$1")).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RunQuery().run(dir.resolve("dataset"), "PREFIX schema: <https://schema.org/> SELECT ?d ?u ?v { ?a a schema:NewsArticle "
                + "OPTIONAL { ?a schema:datePublished ?d } OPTIONAL { ?a schema:url ?u } OPTIONAL { ?a schema:additionalProperty/schema:value ?v } "
                + "} ORDER BY ?d", null, ResultFormat.CSV, out);
        assertEquals("d,u,v\n,https://example.org/a4,\n2005-03-07,,Ann Lee\n", out.toString(StandardCharsets.UTF_8).replace("\r", ""));
    }

    @Test
    void readsGzippedInput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("feed.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{\"id\": \"z\", \"title\": \"Raid\", \"text\": \"Five men were arrested in Leeds.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Run r = build(new BuildGraph.Options(Optional.empty(), dir.resolve("dataset"), InputFormat.AUTO, 2, 10, Optional.empty()),
                new byte[0], file.toString());
        assertEquals(List.of("z"), r.articles().stream().map(ArticleSummary::id).toList());
    }

    @Test
    void aRerunSkipsUnchangedArticlesAndAChangedOneReplacesOnlyItsGraph(@TempDir Path dir) throws Exception {
        Path corpus = twoArticles(dir, "Raid in Leeds\n\n\nFive men were arrested in Leeds on Monday.\n",
                "Raid in York\n\n\nSix men were arrested in York on Monday.\n");
        build(dir, corpus.toString());
        String before = dump(dir.resolve("dataset"));
        Run again = build(dir, corpus.toString());
        assertEquals(0, again.result().totals().built());
        assertEquals(2, again.result().totals().unchanged());
        assertEquals(before, dump(dir.resolve("dataset")));
        Files.writeString(corpus.resolve("b.txt"), "Raid in York\n\n\nSeven men were arrested in York on Monday.\n");
        Run changed = build(dir, corpus.toString());
        assertEquals(List.of("b"), changed.articles().stream().map(ArticleSummary::id).toList());
        String after = dump(dir.resolve("dataset"));
        assertTrue(after.contains("\"7\"^^<http://www.w3.org/2001/XMLSchema#integer>") && !after.contains("\"6\"^^<http://www.w3.org/2001/XMLSchema#integer>"));
        assertEquals(before.lines().filter(l -> l.endsWith("graph/a> .")).toList(),
                after.lines().filter(l -> l.endsWith("graph/a> .")).toList());
    }

    @Test
    void theSameCorpusGivesTheSameDatasetAndFilesWhateverTheThreadsAndBatches(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        String[] inputs = {SAMPLE, "src/test/resources/eval/articles", "src/test/resources/articles"};
        build(new BuildGraph.Options(Optional.of(one.resolve("out")), one.resolve("ds"), InputFormat.AUTO, 1, 500,
                Optional.of(one.resolve("all.nq"))), new byte[0], inputs);
        build(new BuildGraph.Options(Optional.of(two.resolve("out")), two.resolve("ds"), InputFormat.AUTO, 2, 1,
                Optional.of(two.resolve("all.nq"))), new byte[0], inputs);
        assertEquals(dump(one.resolve("ds")), dump(two.resolve("ds")));
        assertArrayEquals(Files.readAllBytes(one.resolve("all.nq")), Files.readAllBytes(two.resolve("all.nq")));
        try (var files = Files.list(one.resolve("out"))) {
            for (Path f : files.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(two.resolve("out").resolve(f.getFileName())), f.toString());
            }
        }
    }

    @Test
    void theDatasetIsTheSameWhateverTheOrderOfTheArticlesAndAfterOneIsRebuilt(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        String a = corpus.resolve("a.txt").toString();
        String b = corpus.resolve("b.txt").toString();
        String c = corpus.resolve("c.txt").toString();
        Files.writeString(Path.of(a), "Harbour vote\n\n\nRuth Marsh, the leader of the Harbour Party, spoke in Leeds. "
                + "\u201CWe will win the seat,\u201D Ms Marsh said.\n");
        Files.writeString(Path.of(b), "Mill closes\n\n\n\u201CThe mill is finished,\u201D said Owen Marsh, a union official.\n");
        Files.writeString(Path.of(c), "Seat contest\n\n\n\u201CThe seat is ours to lose,\u201D Mr Marsh said on Monday.\n");
        build(new BuildGraph.Options(Optional.empty(), dir.resolve("forward")), new byte[0], a, b, c);
        build(new BuildGraph.Options(Optional.empty(), dir.resolve("backward")), new byte[0], c, b, a);
        String forward = dump(dir.resolve("forward"));
        assertEquals(forward, dump(dir.resolve("backward")));
        assertTrue(forward.contains("<https://newskg.org/id/article/c/person/marsh> <https://newskg.org/ontology#possiblySame> "
                + "<https://newskg.org/id/person/ruth-marsh>"), forward);
        String original = Files.readString(Path.of(c));
        Files.writeString(Path.of(c), original.replace("Monday", "Tuesday"));
        build(new BuildGraph.Options(Optional.empty(), dir.resolve("forward")), new byte[0], a, b, c);
        assertEquals(forward.lines().filter(l -> !l.contains("article/c")).toList(),
                dump(dir.resolve("forward")).lines().filter(l -> !l.contains("article/c")).toList(),
                "rebuilding one article changes nothing of the others");
        Files.writeString(Path.of(c), original);
        build(new BuildGraph.Options(Optional.empty(), dir.resolve("forward")), new byte[0], a, b, c);
        assertEquals(forward, dump(dir.resolve("forward")));
    }

    private static List<String> discrepancies(Path dataset) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RunQuery().run(dataset, "PREFIX nkg: <https://newskg.org/ontology#> SELECT ?kind ?description "
                + "{ ?d nkg:discrepancyKind ?kind ; nkg:description ?description } ORDER BY ?description", null, ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
    }

    @Test
    void theSampleHasOneDiscrepancyItsTotalAgainstTheFigureInAQuote(@TempDir Path dir) throws Exception {
        build(new BuildGraph.Options(Optional.empty(), dir.resolve("ds")), new byte[0], SAMPLE);
        assertEquals(List.of("figures differ,500 vs 498 in one article"), discrepancies(dir.resolve("ds")));
    }

    @Test
    void twoArticlesWithDifferentFiguresForOnePlaceDisagreeAndWithTheSameDoNot(@TempDir Path dir) throws Exception {
        Path corpus = twoArticles(dir, "Raid in Leeds\n3 May 2011\n\nPolice said 12 people were arrested in Leeds.\n",
                "Leeds raid\n4 May 2011\n\nFourteen people were arrested in Leeds on Tuesday.\n");
        build(new BuildGraph.Options(Optional.empty(), dir.resolve("ds")), new byte[0], corpus.toString());
        assertEquals(List.of("across articles,12 vs 14 in articles 1 day apart"), discrepancies(dir.resolve("ds")));
        Files.writeString(corpus.resolve("b.txt"), "Leeds raid\n4 May 2011\n\nTwelve people were arrested in Leeds on Tuesday.\n");
        build(new BuildGraph.Options(Optional.empty(), dir.resolve("ds")), new byte[0], corpus.toString());
        assertEquals(List.of(), discrepancies(dir.resolve("ds")));
    }

    @Test
    void aNewDatasetsDerivedGraphsAreTheSameGatheredWhileBuildingOrReadFromTheStore(@TempDir Path dir) throws Exception {
        Path corpus = twoArticles(dir, "Raid in Leeds\n3 May 2011\n\nPolice said 12 people were arrested in Leeds. "
                + "Ruth Marsh, the leader of the Harbour Party, spoke in Leeds.\n",
                "Leeds raid\n4 May 2011\n\nFourteen people were arrested in Leeds on Tuesday. "
                + "\u201CThe seat is ours to lose,\u201D Mr Marsh said.\n");
        build(new BuildGraph.Options(Optional.empty(), dir.resolve("ds")), new byte[0], corpus.toString());
        String gathered = dump(dir.resolve("ds"));
        assertTrue(gathered.contains("possiblySame") && gathered.contains("across articles"), gathered);
        try (org.newskg.store.KgStore store = org.newskg.store.KgStore.open(dir.resolve("ds"))) {
            org.newskg.store.DerivedGraphs.refresh(store);
        }
        assertEquals(gathered, dump(dir.resolve("ds")));
    }

    @Test
    void aNewDatasetGetsItsDerivedGraphsWhetherOrNotABatchIsOpenWhenTheLastArticleIsIn(@TempDir Path dir) throws Exception {
        Path corpus = twoArticles(dir, "Ferry talks\n3 May 2011\n\nPolice said 12 people were arrested in Bristol. "
                + "Tom Keel, the chairman of the Ferry Board, spoke in Bristol.\n",
                "Bristol raid\n4 May 2011\n\nFourteen people were arrested in Bristol on Tuesday. "
                + "\u201CThe board will decide,\u201D Mr Keel said.\n");
        // One article per batch: each batch is committed as it fills, and the derived graphs need a transaction of their own.
        BuildGraph.Options one = new BuildGraph.Options(Optional.empty(), dir.resolve("one"), InputFormat.AUTO, 1, 1, Optional.empty());
        build(one, new byte[0], corpus.toString());
        build(new BuildGraph.Options(Optional.empty(), dir.resolve("all")), new byte[0], corpus.toString());
        String all = dump(dir.resolve("all"));
        assertTrue(all.contains("<https://newskg.org/derived/names>") && all.contains("possiblySame")
                && all.contains("across articles"), all);
        assertEquals(all, dump(dir.resolve("one")));
    }

    @Test
    void aPipelineThatCannotLoadStopsTheBuildSayingSo(@TempDir Path dir) {
        BuildGraph broken = new BuildGraph(() -> {
            throw new IllegalStateException("resource not found: places.tsv");
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> broken.build(List.of(SAMPLE),
                new BuildGraph.Options(Optional.empty(), dir.resolve("ds")), new ByteArrayInputStream(new byte[0]), s -> { }));
        assertEquals("cannot load the extraction pipeline: resource not found: places.tsv", e.getMessage());
    }
}

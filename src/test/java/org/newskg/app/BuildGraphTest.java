package org.newskg.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuildGraphTest {
    private static final String SAMPLE = "examples/00-safe-city-2017.txt";
    private final BuildGraph build = BuildGraph.standard();

    private BuildGraph.Result build(Path dir, String... inputs) throws Exception {
        return build.build(List.of(inputs), new BuildGraph.Options(Optional.of(dir.resolve("out")), dir.resolve("dataset")),
                new ByteArrayInputStream(new byte[0]), s -> { });
    }

    private static long quads(Path dataset) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RunQuery().run(dataset, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", null, ResultFormat.CSV, out);
        return Long.parseLong(out.toString(StandardCharsets.UTF_8).split("\\R")[1].strip());
    }

    @Test
    void buildingTwiceGivesByteIdenticalTurtleAndTheSameTripleCount(@TempDir Path dir) throws Exception {
        BuildGraph.Result first = build(dir, SAMPLE);
        byte[] turtle = Files.readAllBytes(dir.resolve("out/00-safe-city-2017.ttl"));
        long quads = quads(dir.resolve("dataset"));
        BuildGraph.Result second = build(dir, SAMPLE);
        assertArrayEquals(turtle, Files.readAllBytes(dir.resolve("out/00-safe-city-2017.ttl")));
        assertEquals(quads, quads(dir.resolve("dataset")));
        assertEquals(first.built().get(0).triples(), second.built().get(0).triples());
        assertEquals(first.built().get(0).triples(), quads);
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
        List<String> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                problems.add("warning " + line + ":" + col + " " + message);
            }

            @Override
            public void error(String message, long line, long col) {
                problems.add("error " + line + ":" + col + " " + message);
            }

            @Override
            public void fatal(String message, long line, long col) {
                problems.add("fatal " + line + ":" + col + " " + message);
            }
        };
        long triples = RDFParser.source(dir.resolve("out/00-safe-city-2017.ttl")).strict(true).checking(true)
                .errorHandler(collect).toModel().size();
        assertEquals(List.of(), problems);
        assertTrue(triples > 500, "triples: " + triples);
    }

    @Test
    void theSampleConformsToTheShapes(@TempDir Path dir) throws Exception {
        build(dir, SAMPLE);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        assertEquals(0, new ValidateGraph().validate(dir.resolve("dataset"), null, report), report.toString(StandardCharsets.UTF_8));
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
        BuildGraph.Result r = build(dir, binary.toString(), other.toString(), dir.resolve("missing.txt").toString());
        assertEquals(List.of("other"), r.built().stream().map(ArticleSummary::id).toList());
        assertEquals(List.of(binary + ":3: binary content (NUL byte at offset 3), not a text article",
                dir.resolve("missing.txt") + ": no such file"), r.failed().stream().map(BuildFailure::message).toList());
        assertTrue(quads(dir.resolve("dataset")) > before, "the sample's graph is still there and the new one was added");
    }

    @Test
    void readsAnArticleFromStdin(@TempDir Path dir) throws Exception {
        byte[] article = "Raid in Leeds\n\n\nFive men were arrested in Leeds on Monday.\n".getBytes(StandardCharsets.UTF_8);
        BuildGraph.Result r = build.build(List.of("-"), new BuildGraph.Options(Optional.empty(), dir.resolve("dataset")),
                new ByteArrayInputStream(article), s -> { });
        assertEquals("stdin", r.built().get(0).id());
        assertEquals(1, r.built().get(0).counts());
    }

    @Test
    void anUnbalancedQuoteIsAWarningWithTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.txt");
        Files.writeString(file, "Headline\n\n\nFirst paragraph.\n\nHe said \"this never closes.\n");
        BuildGraph.Result r = build(dir, file.toString());
        assertEquals(List.of(file + ":6: unbalanced quotation mark: opened and never closed in its paragraph"),
                r.built().get(0).warnings());
    }
}

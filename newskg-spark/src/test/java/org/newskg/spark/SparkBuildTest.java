package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.app.BuildGraph;
import org.newskg.app.LoadGraph;
import org.newskg.app.BuildFailure;
import org.newskg.article.InputFormat;
import org.newskg.rdf.TextProfile;

/** The Spark job in local mode against {@code newskg build --nquads} on the same inputs. */
class SparkBuildTest {
    /** The BBC articles vendored for the tests (MIT licence, beside them). */
    private static final String BBC = "src/test/resources/corpus/bbc";

    private static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("newskg-spark-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
        sc.setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    @Test
    void quadsOfTheBbcSampleEqualThoseOfBuildNQuads(@TempDir Path dir) throws IOException {
        SparkBuild.Summary s = SparkBuild.run(sc, new SparkBuild.Options(List.of(BBC), dir.resolve("spark").toString(),
                InputFormat.AUTO, TextProfile.SPANS, 5));
        BuildGraph.Result built = build(List.of(BBC), dir);

        Map<String, Set<Quad>> spark = readShards(dir.resolve("spark"));
        Map<String, Set<Quad>> cli = read(dir.resolve("build.nq"));
        assertTrue(cli.size() > 200, "the sample has over 200 articles: " + cli.size());
        assertEquals(cli.keySet(), spark.keySet(), "one graph per article, the same graphs");
        for (String g : cli.keySet()) {
            assertEquals(cli.get(g), spark.get(g), "the quads of " + g);
        }
        Set<Quad> all = new HashSet<>();
        spark.values().forEach(all::addAll);
        Set<Quad> allCli = new HashSet<>();
        cli.values().forEach(allCli::addAll);
        assertEquals(allCli, all, "the same quads as a set");
        assertEquals(built.totals().built(), s.articles());
        assertEquals(built.totals().quads(), s.quads());
        assertEquals(0, s.failed());
        assertTrue(Files.exists(dir.resolve("spark/summary.json")));
        try (Stream<Path> files = Files.list(dir.resolve("spark"))) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().matches("part-\\d+\\.gz")),
                    "every shard is renamed to .nq.gz");
        }

        // newskg load on the shards' directory makes the dataset build made, corpus-level graphs included.
        new LoadGraph().load(dir.resolve("loaded"), "sequential", List.of(dir.resolve("spark").toString()), null, null,
                new ByteArrayInputStream(new byte[0]));
        Set<Quad> loaded = quadsOf(dir.resolve("loaded"));
        Set<Quad> builtDataset = quadsOf(dir.resolve("dataset"));
        assertTrue(builtDataset.size() > allCli.size(), "the built dataset has corpus-level graphs besides the articles'");
        assertEquals(builtDataset, loaded);
    }

    private static Set<Quad> quadsOf(Path tdb2) {
        org.apache.jena.sparql.core.DatasetGraph dsg = org.apache.jena.tdb2.TDB2Factory.connectDataset(tdb2.toString())
                .asDatasetGraph();
        try {
            return org.apache.jena.system.Txn.calculateRead(dsg, () -> {
                Set<Quad> quads = new HashSet<>();
                dsg.find().forEachRemaining(quads::add);
                return quads;
            });
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        }
    }

    @Test
    void badInputIsReportedAsBuildReportsItAndNeverLosesTheOthers(@TempDir Path dir) throws IOException {
        Path in = writeBadInputs(dir.resolve("in"));
        List<String> inputs = List.of(in.toString(), dir.resolve("not-there.jsonl").toString());
        BuildGraph.Result built = build(inputs, dir);
        List<String> expected = new ArrayList<>();
        for (BuildFailure f : built.failed()) {
            expected.add(f.message());
        }
        assertEquals(5, expected.size(), "the build fails five items: " + expected);

        for (int partitions : new int[] {1, 3}) {
            SparkBuild.Summary s = SparkBuild.run(sc, new SparkBuild.Options(inputs,
                    dir.resolve("spark-" + partitions).toString(), InputFormat.AUTO, TextProfile.SPANS, partitions));
            List<String> messages = s.failures().stream().map(SparkBuild.Failure::message).toList();
            assertEquals(expected, messages, "the failures, in build order, with " + partitions + " partition(s)");
            assertEquals(built.totals().built(), s.articles(), "the other articles are all built");
            assertEquals(read(dir.resolve("build.nq")), readShards(dir.resolve("spark-" + partitions)),
                    "the first article of a clashing id is the one built, whatever the partitioning");
        }
    }

    @Test
    void anOutputThatExistsIsRefused(@TempDir Path dir) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SparkBuild.run(sc, new SparkBuild.Options(List.of(BBC), dir.toString(), InputFormat.AUTO,
                        TextProfile.SPANS, 0)));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    }

    @Test
    void tasksAreGivenFilesOfAboutEqualBytesEachInBuildOrder() {
        // One large file and many small ones, listed largest last: contiguous slices would give one task
        // the large file and a share of the small ones.
        List<InputFile> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            files.add(new InputFile(i, "f" + i, "f" + i, "f" + i, 100));
        }
        files.add(new InputFile(12, "big", "big", "big", 1_000));
        files.add(new InputFile(13, "unlisted", "unlisted", "unlisted", 0));
        List<List<InputFile>> groups = SparkBuild.balanced(files, 3);

        assertEquals(3, groups.size());
        List<Long> bytes = groups.stream().map(g -> g.stream().mapToLong(InputFile::length).sum()).toList();
        assertEquals(List.of(1_000L, 600L, 600L), bytes.stream().sorted(java.util.Comparator.reverseOrder()).toList(),
                "the large file alone, the small ones shared by the others: " + bytes);
        List<Long> all = new ArrayList<>();
        for (List<InputFile> g : groups) {
            List<Long> orders = g.stream().map(InputFile::order).toList();
            assertEquals(orders.stream().sorted().toList(), orders, "each group in build order");
            all.addAll(orders);
        }
        assertEquals(java.util.stream.LongStream.range(0, 14).boxed().toList(), all.stream().sorted().toList(),
                "every file in exactly one group");
    }

    private static Path writeBadInputs(Path in) throws IOException {
        Files.createDirectories(in.resolve("a"));
        Files.writeString(in.resolve("a/harbour.txt"), "Harbour workers strike in Dundee\n\n"
                + "Dock workers in Dundee walked out on Monday, the union said.\n\n"
                + "\"We have waited long enough,\" said Moira Kelso, a union organiser.\n");
        Files.writeString(in.resolve("b.jsonl"), String.join("\n",
                "{\"id\": \"bridge\", \"headline\": \"Bridge closed\", \"body\": \"Police in Perth closed the bridge.\"}",
                "{\"id\": \"broken\", \"headline\": \"Half a line\", \"body\": ",
                "{\"id\": \"bridge\", \"headline\": \"Bridge again\", \"body\": \"A second story with the same id.\"}",
                "{\"id\": \"ferry\", \"headline\": \"Ferry late\", \"body\": \"The ferry to Arran was late, its owner said.\"}",
                ""));
        Files.writeString(in.resolve("c.jsonl"),
                "{\"id\": \"ferry\", \"headline\": \"Ferry again\", \"body\": \"Another story with the ferry's id.\"}\n");
        Files.write(in.resolve("d.txt"), new byte[] {'N', 'o', 't', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'U', 'T', 'F', '\n'});
        return in;
    }

    private static BuildGraph.Result build(List<String> inputs, Path dir) throws IOException {
        return BuildGraph.standard().build(inputs, new BuildGraph.Options(Optional.empty(), dir.resolve("dataset"),
                InputFormat.AUTO, 2, 500, Optional.of(dir.resolve("build.nq"))), new ByteArrayInputStream(new byte[0]), a -> { });
    }

    private static Map<String, Set<Quad>> readShards(Path out) throws IOException {
        Map<String, Set<Quad>> graphs = new HashMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".nq.gz")).sorted().toList()) {
                read(f).forEach((g, q) -> graphs.merge(g, q, (a, b) -> {
                    throw new AssertionError("graph " + g + " is in two shards");
                }));
            }
        }
        return graphs;
    }

    /** The quads of a file, by graph, parsed by Jena (which picks the syntax by the file's extension). */
    private static Map<String, Set<Quad>> read(Path file) {
        Map<String, Set<Quad>> graphs = new HashMap<>();
        RDFParser.source(file.toString()).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                graphs.computeIfAbsent(q.getGraph().getURI(), k -> new HashSet<>()).add(q);
            }
        });
        return graphs;
    }
}

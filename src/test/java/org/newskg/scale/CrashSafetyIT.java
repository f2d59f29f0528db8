package org.newskg.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.app.BuildGraph;
import org.newskg.article.InputFormat;
import org.newskg.store.KgStore;

/**
 * A build killed with SIGKILL part-way leaves a dataset that opens, holds only whole article
 * graphs, and, after a rerun of the build, equals a clean build.
 */
class CrashSafetyIT {
    private static final Path CORPUS = Path.of("src/test/resources/corpus/bbc/politics");

    @Test
    void aBuildKilledPartWayLeavesWholeGraphsAndARerunFinishesIt(@TempDir Path dir) throws Exception {
        assertTrue(Files.isDirectory(CORPUS), "the bundled BBC sample: " + CORPUS.toAbsolutePath());
        Path crashed = dir.resolve("crashed");
        Path clean = dir.resolve("clean");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.newskg.cli.KgCli", "build", "--no-turtle", "--batch", "10",
                "--threads", "2", "--dataset", crashed.toString(), CORPUS.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int lines = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            while (lines < 30 && out.readLine() != null) {
                lines++;
            }
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(30, lines, "the build reported 30 articles before it was killed");
        assertTrue(p.exitValue() != 0, "killed, not finished");

        BuildGraph.Options cleanOptions = new BuildGraph.Options(Optional.empty(), clean, InputFormat.AUTO, 2, 50, Optional.empty());
        BuildGraph.standard().build(List.of(CORPUS.toString()), cleanOptions, new ByteArrayInputStream(new byte[0]), s -> { });
        Map<String, Model> expected = graphs(clean);

        Map<String, Model> afterCrash = graphs(crashed);
        assertTrue(afterCrash.size() >= 30 && afterCrash.size() < expected.size(),
                "a part of the corpus was loaded: " + afterCrash.size() + " of " + expected.size());
        for (var e : afterCrash.entrySet()) {
            assertTrue(expected.get(e.getKey()).isIsomorphicWith(e.getValue()), "graph left whole: " + e.getKey());
        }

        BuildGraph.Options rerun = new BuildGraph.Options(Optional.empty(), crashed, InputFormat.AUTO, 2, 50, Optional.empty());
        BuildGraph.Result r = BuildGraph.standard().build(List.of(CORPUS.toString()), rerun,
                new ByteArrayInputStream(new byte[0]), s -> { });
        assertEquals(afterCrash.size(), r.totals().unchanged(), "the graphs already loaded were skipped");
        Map<String, Model> finished = graphs(crashed);
        assertEquals(expected.keySet(), finished.keySet());
        for (var e : expected.entrySet()) {
            assertTrue(e.getValue().isIsomorphicWith(finished.get(e.getKey())), "same graph as a clean build: " + e.getKey());
        }
    }

    private static Map<String, Model> graphs(Path dataset) {
        Map<String, Model> out = new TreeMap<>();
        try (KgStore store = KgStore.openExisting(dataset)) {
            for (String g : store.graphNames()) {
                out.put(g, store.graph(g));
            }
        }
        return out;
    }
}

package org.newskg.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.article.InputFormat;
import org.newskg.store.KgStore;

/** What a build does with inputs that once lost, merged or stopped articles. */
class BuildInputsTest {
    static final String ARTICLE = "Flood warning for the valley\n\nRescue crews in Carlisle said on Monday that two "
            + "bridges had closed.\n";

    static BuildGraph.Result build(Path dir, int threads, String... inputs) throws Exception {
        BuildGraph.Options options = new BuildGraph.Options(Optional.of(dir.resolve("out")), dir.resolve("dataset"),
                InputFormat.AUTO, threads, 2, Optional.empty());
        List<ArticleSummary> seen = new ArrayList<>();
        return BuildGraph.standard().build(List.of(inputs), options, new ByteArrayInputStream(new byte[0]), seen::add);
    }

    private static List<String> graphs(Path dataset) {
        try (KgStore store = KgStore.openExisting(dataset)) {
            return store.graphNames().stream().sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void filesOfOneNameInTwoFoldersAreTwoArticles(int threads, @TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("in/politics"));
        Files.createDirectories(dir.resolve("in/business"));
        Files.writeString(dir.resolve("in/politics/001.txt"), ARTICLE);
        Files.writeString(dir.resolve("in/business/001.txt"), ARTICLE.replace("two", "three"));
        BuildGraph.Result r = build(dir, threads, dir.resolve("in").toString());
        assertEquals(2, r.totals().built(), r.failed().toString());
        assertEquals(List.of("https://newskg.org/graph/business/001", "https://newskg.org/graph/politics/001"),
                graphs(dir.resolve("dataset")));
        assertTrue(Files.exists(dir.resolve("out/politics/001.ttl")));
        assertTrue(Files.exists(dir.resolve("out/business/001.ttl")));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aTakenIdIsRefusedNamingTheInputThatTookIt(int threads, @TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("x"));
        Files.createDirectories(dir.resolve("y"));
        Files.writeString(dir.resolve("x/story.txt"), ARTICLE);
        Files.writeString(dir.resolve("y/Story.TXT"), ARTICLE.replace("two", "four"));
        Path lines = dir.resolve("feed.jsonl");
        Files.writeString(lines, "{\"id\": \"News/1\", \"headline\": \"One\", \"body\": \"Police in Leeds said so.\"}\n"
                + "{\"id\": \"news 1\", \"headline\": \"Two\", \"body\": \"Police in York said so.\"}\n");
        BuildGraph.Result r = build(dir, threads, dir.resolve("x/story.txt").toString(), dir.resolve("y/Story.TXT").toString(),
                lines.toString());
        assertEquals(2, r.totals().built());
        assertEquals(2, r.totals().failed());
        assertTrue(r.failed().get(0).message().contains("the article id 'story' is already taken by " + dir.resolve("x/story.txt")),
                r.failed().get(0).message());
        assertTrue(r.failed().get(1).message().startsWith(lines + ":2: the article id 'news-1' is already taken by " + lines + ":1"),
                r.failed().get(1).message());
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertEquals(List.of("news-1.ttl", "story.ttl"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no temporary file is left");
        }
    }

    @Test
    void jsonLinesAreHeldToTheRulesOfTextFiles(@TempDir Path dir) throws Exception {
        Path lines = dir.resolve("feed.jsonl");
        Files.write(lines, ("\uFEFF{\"id\": \"a\", \"headline\": \"One\", \"body\": \"Police in Leeds said so.\"}\n"
                + "{\"id\": \"b\", \"headline\": \"Two\", \"body\": \"A NUL \\u0000 here.\"}\n"
                + "{\"id\": \"c\", \"headline\": \"Three\", \"body\": \"A lone \\ud800 surrogate.\"}\n").getBytes(UTF_8));
        BuildGraph.Result r = build(dir, 1, lines.toString());
        assertEquals(1, r.totals().built(), "the BOM on line 1 is not part of the JSON: " + r.failed());
        assertEquals(List.of(lines + ":2: binary content (a NUL character at offset 6), not a text article",
                lines + ":3: not Unicode text (a lone surrogate U+D800 at offset 7)"),
                r.failed().stream().map(BuildFailure::message).toList());
    }

    @Test
    void aPipeIsRefusedNotReadForever(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        BuildGraph.Result r = build(dir, 1, fifo.toString(), "/dev/zero");
        assertEquals(2, r.totals().failed());
        assertTrue(r.failed().get(0).message().contains("not a regular file"), r.failed().toString());
        assertFalse(r.failed().get(1).message().isEmpty());
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedByTheNext(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("out/sub"));
        Path stale = dir.resolve("out/sub/.a.ttl.12345.7.newskg.tmp");
        Files.writeString(stale, "half");
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        build(dir, 1, dir.resolve("a.txt").toString());
        assertFalse(Files.exists(stale));
    }
}

package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    private final CliRun shell = new CliRun();

    private int run(String... args) {
        return shell.run(args);
    }

    @Test
    void scoresAnAnnotatedArticle() {
        assertEquals(ExitCodes.OK, run("evaluate", "--gold", "src/test/resources/eval/gold", "--articles",
                "src/test/resources/eval/articles"));
        String report = shell.out.toString();
        assertTrue(report.startsWith("== leeds-raid\n  persons            tp=  1 fp=  0 fn=  0  f1=1.00\n"), report);
        assertTrue(report.contains("  arrest_counts      tp=  1 fp=  0 fn=  0  f1=1.00\n"), report);
        assertTrue(report.contains("== all articles (micro-averaged)\n"), report);
        assertTrue(report.matches("(?s).*macro_f1=\\d\\.\\d{3}\n\n== extraction rules \\(precision of the facts each produced\\)\n.*"),
                report);
        assertTrue(report.contains("  places/gazetteer "), report);
        assertTrue(report.lines().filter(l -> l.contains(" right=")).allMatch(l -> l.endsWith("wrong=   0  P=1.00")), report);
    }

    @Test
    void aGoldFileWithoutItsArticleIsAnError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("lonely.json"), "{\"persons\": []}");
        assertEquals(ExitCodes.INPUT_ERROR, run("evaluate", "--gold", dir.toString(), "--articles", dir.toString()));
        assertTrue(shell.err.toString().contains("no article for lonely"), shell.err.toString());
    }

    @Test
    void aMalformedGoldFileIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\n\"persons\": [\n");
        Files.writeString(dir.resolve("bad.txt"), "Headline\n\nBody.");
        assertEquals(ExitCodes.INPUT_ERROR, run("evaluate", "--gold", dir.toString(), "--articles", dir.toString()));
        assertTrue(shell.err.toString().contains(dir.resolve("bad.json") + ":3: not valid JSON"), shell.err.toString());
    }
}

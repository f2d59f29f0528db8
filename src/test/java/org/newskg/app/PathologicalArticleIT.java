package org.newskg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long articles among normal ones: each is built or reported, and the others are built. */
class PathologicalArticleIT {
    private static final String ARTICLE = BuildInputsTest.ARTICLE;

    @Test
    void aPathologicalArticleDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/a.txt"), ARTICLE);
        Files.writeString(dir.resolve("in/b-quotes.txt"), "Quotes\n\n" + "He said \"a\". ".repeat(240 * 1024 / 13));
        Files.writeString(dir.resolve("in/c-long.txt"), "Long\n\n" + (ARTICLE.substring(ARTICLE.indexOf("Rescue")) + "\n").repeat(15_000));
        Files.writeString(dir.resolve("in/d.txt"), ARTICLE.replace("Carlisle", "Kendal"));
        BuildGraph.Result r = BuildInputsTest.build(dir, 2, dir.resolve("in").toString());
        assertEquals(4, r.totals().built(), r.failed().toString());
    }
}

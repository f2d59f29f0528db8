package org.newskg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Long articles among normal ones: each is built or reported, and the others are built. */
class PathologicalArticleIT {
    private static final String ARTICLE = BuildInputsTest.ARTICLE;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aPathologicalArticleDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/a.txt"), ARTICLE);
        Files.writeString(dir.resolve("in/b-quotes.txt"), "Quotes\n\n" + "He said \"a\". ".repeat(240 * 1024 / 13));
        Files.writeString(dir.resolve("in/c-long.txt"), "Long\n\n" + (ARTICLE.substring(ARTICLE.indexOf("Rescue")) + "\n").repeat(15_000));
        Files.writeString(dir.resolve("in/d.txt"), ARTICLE.replace("Carlisle", "Kendal"));
        // one sentence of 4,000 "he said" clauses and no name: each pronoun follows one chain, not every earlier "he said"
        // (before, 250 such clauses took 30 s and 4,000 did not finish in ten minutes)
        Files.writeString(dir.resolve("in/e-pronouns.txt"), "Pronouns\n\n" + String.join(", ", Collections.nCopies(4000, "he said it was fine")) + ".\n");
        BuildGraph.Result r = BuildInputsTest.build(dir, 2, dir.resolve("in").toString());
        assertEquals(5, r.totals().built(), r.failed().toString());
    }
}

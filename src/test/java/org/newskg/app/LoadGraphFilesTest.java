package org.newskg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files {@code newskg load} reads for a directory of shards or a glob. */
class LoadGraphFilesTest {

    private static Path shards(Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        for (String name : List.of("_SUCCESS", "summary.json", "part-00000.nq.gz", "part-00001.nq.gz",
                ".part-00000.nq.gz.crc", "notes.txt")) {
            Files.writeString(out.resolve(name), "");
        }
        Files.writeString(Files.createDirectories(out.resolve("more")).resolve("extra.ttl"), "");
        return out;
    }

    @Test
    void aDirectoryGivesItsRdfFilesInPathOrder(@TempDir Path dir) throws IOException {
        Path out = shards(dir);
        assertEquals(List.of(out.resolve("more/extra.ttl"), out.resolve("part-00000.nq.gz"), out.resolve("part-00001.nq.gz")),
                LoadGraph.files(out.toString()));
    }

    @Test
    void aGlobGivesWhatItMatches(@TempDir Path dir) throws IOException {
        Path out = shards(dir);
        assertEquals(List.of(out.resolve("part-00000.nq.gz"), out.resolve("part-00001.nq.gz")),
                LoadGraph.files(out + "/part-*.nq.gz"));
    }

    @Test
    void aFileIsItselfAndNothingIsAnError(@TempDir Path dir) throws IOException {
        Path out = shards(dir);
        assertEquals(List.of(out.resolve("notes.txt")), LoadGraph.files(out.resolve("notes.txt").toString()));
        InputException none = assertThrows(InputException.class, () -> LoadGraph.files(out + "/*.trig"));
        assertTrue(none.getMessage().endsWith("no file matches"), none.getMessage());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        InputException noRdf = assertThrows(InputException.class, () -> LoadGraph.files(empty.toString()));
        assertTrue(noRdf.getMessage().contains("no RDF file"), noRdf.getMessage());
        assertThrows(InputException.class, () -> LoadGraph.files(dir.resolve("missing").toString()));
    }
}

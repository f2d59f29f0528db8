package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset another process holds (newskg serve, say) is refused with a message, not a stack trace. */
class DatasetInUseIT {
    private static List<String> newskg(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.newskg.cli.KgCli"));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void aDatasetServedByAnotherProcessIsReportedAsInUse(@TempDir Path dir) throws Exception {
        String dataset = dir.resolve("ds").toString();
        Process build = new ProcessBuilder(newskg("build", "--no-turtle", "--quiet", "--dataset", dataset, "examples/00-safe-city-2017.txt"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(build.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, build.exitValue());
        Process serve = new ProcessBuilder(newskg("serve", "--dataset", dataset, "--port", "0"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(serve.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = err.readLine();
            } while (line != null && !line.startsWith("newskg serve: web page at"));
            assertTrue(line != null, "the server did not start");
            StoreException e = assertThrows(StoreException.class, () -> KgStore.openExisting(Path.of(dataset)));
            assertTrue(e.getMessage().startsWith("the dataset at " + dataset + " is in use by another process"), e.getMessage());
        } finally {
            serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}

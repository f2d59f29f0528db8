package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;

/**
 * A full disk under the dataset or the Turtle folder: the build says which path could not be
 * written, exits 5, and the batches loaded before are still there. The disk is a small tmpfs
 * when this machine lets the test mount one (as root on Linux), else /dev/full, which fails
 * every write with "No space left on device".
 */
class DiskFullIT {
    private static final String CORPUS = "src/test/resources/corpus/bbc";

    private static boolean mountTmpfs(Path dir, String size) throws Exception {
        Files.createDirectories(dir);
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString())
                    .redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void unmount(Path dir) throws Exception {
        new ProcessBuilder("umount", "--lazy", dir.toString()).start().waitFor(20, TimeUnit.SECONDS);
    }

    /** Runs the build in a process of its own: a full disk under memory-mapped files is no state to go on testing in. */
    private static Run build(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.newskg.cli.KgCli", "build"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the build finished");
        return new Run(p.exitValue(), err);
    }

    private record Run(int exit, String err) {
    }

    @Test
    void aFullDiskUnderTheDatasetIsReportedAndTheLoadedBatchesStay(@TempDir Path dir) throws Exception {
        Path disk = dir.resolve("disk");
        if (!mountTmpfs(disk, "12m")) {
            Run r = build("--no-turtle", "--dataset", dir.resolve("ds").toString(), "--nquads", "/dev/full", CORPUS);
            assertEquals(5, r.exit(), r.err());
            assertTrue(r.err().contains("/dev/full"), r.err());
            return;
        }
        try {
            Path dataset = disk.resolve("ds");
            Run r = build("--no-turtle", "--quiet", "--batch", "20", "--dataset", dataset.toString(), CORPUS);
            assertEquals(5, r.exit(), r.err());
            assertTrue(r.err().contains("cannot write the dataset at " + dataset + ": the disk is full"), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
            try (KgStore store = KgStore.openExisting(dataset)) {
                int graphs = store.graphNames().size();
                assertTrue(graphs > 0 && graphs % 20 == 0, "whole batches were kept: " + graphs + " graphs");
            }
        } finally {
            unmount(disk);
        }
    }

    @Test
    void aFullTurtleFolderNamesTheFile(@TempDir Path dir) throws Exception {
        Path disk = dir.resolve("disk");
        if (!mountTmpfs(disk, "256k")) {
            Run r = build("--out", dir.resolve("out").toString(), "--dataset", dir.resolve("ds").toString(), "--nquads", "/dev/full",
                    "examples/00-safe-city-2017.txt");
            assertEquals(5, r.exit(), r.err());
            assertTrue(r.err().contains("/dev/full") && r.err().contains("No space left on device"), r.err());
            return;
        }
        try {
            Run r = build("--quiet", "--out", disk.resolve("out").toString(), "--dataset", dir.resolve("ds").toString(), CORPUS);
            assertEquals(5, r.exit(), r.err());
            assertTrue(r.err().matches("(?s).*newskg build: cannot write " + disk.resolve("out") + "/\\S+\\.ttl: .*"), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        } finally {
            unmount(disk);
        }
    }
}

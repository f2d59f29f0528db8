package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The job's command line refuses mistakes with its documented exit code before starting Spark. */
class SparkBuildMainTest {

    @Test
    void aMistakeIsAUsageErrorAndStartsNoSpark(@TempDir Path dir) {
        String out = dir.resolve("out").toString();
        assertEquals(2, new CommandLine(new SparkBuildMain()).execute("--format", "xml", "--output", out, "in"));
        assertEquals(2, new CommandLine(new SparkBuildMain()).execute("--text", "some", "--output", out, "in"));
        assertEquals(2, new CommandLine(new SparkBuildMain()).execute("--partitions", "-1", "--output", out, "in"));
        assertEquals(2, new CommandLine(new SparkBuildMain()).execute("in"), "--output is required");
    }
}

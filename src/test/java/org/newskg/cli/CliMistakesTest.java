package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every user mistake gets one line that says what is wrong and its exit code from the one table,
 * never a stack trace. DS stands for a dataset built from the sample, MISSING for a path that
 * does not exist, GARBAGE for a file that is not what the option wants.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliMistakesTest {
    Path dir;

    @BeforeAll
    void build(@TempDir Path dir) throws Exception {
        this.dir = dir;
        Files.writeString(dir.resolve("garbage.ttl"), "this is @not turtle <<<\n");
        Files.createDirectories(dir.resolve("notes"));
        Files.writeString(dir.resolve("notes/readme.md"), "# notes\n");
        assertEquals(0, run("", "build", "--dataset", "DS", "--out", dir.resolve("out").toString(),
                "examples/00-safe-city-2017.txt").code());
    }

    record Outcome(int code, String err) {
    }

    private Outcome run(String stdin, String... args) {
        List<String> resolved = new ArrayList<>();
        for (String a : args) {
            resolved.add(a.replace("DS", dir.resolve("ds").toString()).replace("MISSING", dir.resolve("missing").toString())
                    .replace("GARBAGE", dir.resolve("garbage.ttl").toString()).replace("NOTES", dir.resolve("notes").toString()));
        }
        StringWriter err = new StringWriter();
        CommandLine cli = KgCli.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream());
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return new Outcome(cli.execute(resolved.toArray(String[]::new)), err.toString());
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("", List.of(), 2, "a command is needed"),
                Arguments.of("", List.of("frobnicate"), 2, "Unmatched argument"),
                Arguments.of("", List.of("query", "--dataset", "DS", "--format", "xml", "ASK {}"), 2, "Invalid value for option '--format'"),
                Arguments.of("", List.of("query", "--dataset", "DS", "SELECT * {"), 4, "Encountered"),
                Arguments.of("", List.of("query", "--dataset", "DS", "ontology/queries/persons.rq"), 4,
                        "to run the query in the file ontology/queries/persons.rq, give --file ontology/queries/persons.rq"),
                Arguments.of("", List.of("query", "--dataset", "MISSING", "ASK {}"), 5, "no dataset"),
                Arguments.of("", List.of("query", "--dataset", "DS", "--file", "MISSING"), 1, "missing"),
                Arguments.of("", List.of("export", "--dataset", "DS", "--format", "csv"), 2, "unknown format 'csv'"),
                Arguments.of("", List.of("load", "--dataset", "DS", "MISSING"), 1, "no such file"),
                Arguments.of("", List.of("load", "--dataset", "DS", "--loader", "fast", "GARBAGE"), 2, "unknown loader 'fast'"),
                Arguments.of("", List.of("load", "--dataset", "DS", "--syntax", "yaml", "GARBAGE"), 2, "unknown syntax 'yaml'"),
                Arguments.of("", List.of("load", "--dataset", "DS", "--syntax", "ttl", "-"), 2, "need --graph"),
                Arguments.of("", List.of("load", "--dataset", "DS", "GARBAGE"), 5, "load failed"),
                Arguments.of("", List.of("serve", "--dataset", "DS", "--port", "70000"), 2, "--port must be between 0 and 65535"),
                Arguments.of("", List.of("serve", "--dataset", "DS", "--timeout", "-1"), 2, "--timeout"),
                Arguments.of("", List.of("serve", "--dataset", "DS", "--host", "example.org"), 2, "--host must be"),
                Arguments.of("", List.of("validate", "--dataset", "DS", "--shapes", "MISSING"), 1, "no such file"),
                Arguments.of("", List.of("validate", "--dataset", "DS", "--shapes", "GARBAGE"), 1, "not SHACL shapes"),
                Arguments.of("", List.of("evaluate", "--gold", "MISSING", "--articles", "NOTES"), 1, "no such file or directory"),
                Arguments.of("", List.of("build", "--dataset", "DS", "--no-turtle", "NOTES"), 1, "no article in"),
                Arguments.of("", List.of("build", "--dataset", "DS", "--threads", "0", "NOTES"), 2, "at least 1"),
                Arguments.of("", List.of("report", "--dataset", "DS", "--output", "OUT", "--article", "nope"), 5, "no article nope"),
                Arguments.of("", List.of("push", "--dataset", "DS", "--endpoint", "ftp://x"), 2, "endpoint"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("mistakes")
    void aMistakeIsOneLineAndItsExitCode(String stdin, List<String> args, int code, String says) {
        Outcome o = run(stdin, args.toArray(String[]::new));
        assertEquals(code, o.code(), o.err());
        assertTrue(o.err().contains(says), o.err());
        assertFalse(o.err().contains("\tat ") || o.err().contains("Exception in thread"), "no stack trace: " + o.err());
    }
}

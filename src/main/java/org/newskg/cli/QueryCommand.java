package org.newskg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.app.QueryFailedException;
import org.newskg.app.ResultFormat;
import org.newskg.app.RunQuery;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newskg query}: SPARQL over the union of the article graphs. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Runs a SPARQL query over the union of the article graphs.",
        description = "SELECT, ASK, CONSTRUCT and DESCRIBE; GRAPH clauses see each article's graph. CSV, TSV and JSON "
                + "are the SPARQL 1.1 result formats; CONSTRUCT and DESCRIBE print Turtle.")
public final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "The SPARQL query text, or - to read it from stdin.")
        String text;

        @Option(names = "--file", paramLabel = "FILE",
                description = "Read the query from this file (e.g. ontology/queries/persons.rq), or - for stdin.")
        Path file;
    }

    @ParentCommand
    KgCli root;

    @Override
    public Integer call() {
        PrintWriter stderr = spec.commandLine().getErr();
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        try {
            boolean fromStdin = "-".equals(source.text) || Path.of("-").equals(source.file);
            String text = fromStdin ? new String(root.stdin().readAllBytes(), StandardCharsets.UTF_8) : source.text;
            new RunQuery().run(dataset.dataset, text, fromStdin ? null : source.file, format, results);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(results.toString(StandardCharsets.UTF_8));
            stdout.flush();
            return ExitCodes.OK;
        } catch (QueryFailedException e) {
            boolean parse = e.parseError();
            stderr.println("newskg query: " + e.getMessage() + (parse ? fileHint(source.text) : ""));
            return parse ? ExitCodes.QUERY_ERROR : ExitCodes.DATASET_ERROR;
        } catch (java.io.IOException e) {
            stderr.println("newskg query: cannot read " + source.file + ": " + (e instanceof java.nio.file.NoSuchFileException
                    ? "no such file" : e.getMessage()));
            return ExitCodes.INPUT_ERROR;
        }
    }

    /** A query text that names a file ("query ontology/queries/persons.rq") was meant for --file: say so. */
    private static String fileHint(String text) {
        if (text == null || text.isBlank() || text.strip().contains("\n")) {
            return "";
        }
        String name = text.strip();
        boolean looksLikeFile = name.endsWith(".rq") || name.endsWith(".sparql");
        try {
            looksLikeFile |= java.nio.file.Files.isRegularFile(Path.of(name));
        } catch (java.nio.file.InvalidPathException e) {
            // not a path at all
        }
        return looksLikeFile ? " (QUERY is the query's text; to run the query in the file " + name + ", give --file " + name + ")" : "";
    }
}

package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.app.ExportDataset;
import org.newskg.app.QueryFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newskg export}: the dataset in a format other stores load. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Exports the article graphs for other triple stores.",
        description = "nquads, trig and jsonld keep one named graph per article; ntriples, turtle and rdfxml write the "
                + "union of the graphs chosen. nquads, ntriples, turtle and trig stream in constant memory; jsonld "
                + "and rdfxml are built in memory.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "nquads, trig, jsonld, ntriples, turtle or rdfxml.")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export only this graph (repeatable; default: all).")
    List<String> graphs = new ArrayList<>();

    @Option(names = "--gzip", description = "Compress the output with gzip.")
    boolean gzip;

    @Option(names = "--text", paramLabel = "PROFILE", defaultValue = "full",
            description = "How much article text to write: full (what the dataset holds), spans (no copies of words: "
                    + "offsets and the article text once) or none (no article text, headline or source field but the "
                    + "URL: facts, offsets and the content hash). Default: ${DEFAULT-VALUE}.")
    String text;

    @Option(names = "--web-annotations", description = "Also write every fact's and mention's span as a W3C Web Annotation "
            + "with a text position selector, and a text quote selector where the output keeps the text, beside NIF.")
    boolean annotations;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "-", description = "Where to write (default: - for stdout).")
    String output;

    @ParentCommand
    KgCli root;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        boolean toStdout = output.equals("-");
        try {
            ExportDataset.Summary s = new ExportDataset().export(dataset.dataset, format, graphs, text, annotations, gzip,
                    toStdout ? null : Path.of(output), root.stdout());
            err.printf("exported %d graph(s), %d quads%s%n", s.graphs(), s.quads(), toStdout ? "" : " to " + output);
            return ExitCodes.OK;
        } catch (QueryFailedException e) {
            err.println("newskg export: " + e.getMessage());
            return e.parseError() ? ExitCodes.QUERY_ERROR : ExitCodes.DATASET_ERROR;
        }
    }
}

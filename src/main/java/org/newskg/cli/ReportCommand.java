package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.app.QueryFailedException;
import org.newskg.app.WriteReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newskg report}: the web page's views as one self-contained HTML file. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Writes the web page's views of the dataset as one self-contained HTML file.",
        description = "Articles with their facts highlighted, the graph, the arrest counts and the competency queries "
                + "with their answers, in one HTML file that needs no server and makes no network request: one to "
                + "e-mail or attach to a story.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The HTML file to write, or - for stdout.")
    String output;

    @ParentCommand
    KgCli root;

    @Option(names = "--article", paramLabel = "ID", description = "Report on this article only (repeatable; default: all).")
    List<String> articles = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            boolean toStdout = output.equals("-");
            WriteReport.Summary s = new WriteReport().write(dataset.dataset, articles, toStdout ? null : Path.of(output), root.stdout());
            err.printf("wrote %s: %d article(s), %d graph node(s), %d arrest count(s), %,d bytes%n", toStdout ? "stdout" : output,
                    s.articles(), s.nodes(),
                    s.arrests(), s.bytes());
            return ExitCodes.OK;
        } catch (QueryFailedException e) {
            err.println("newskg report: " + e.getMessage());
            return ExitCodes.DATASET_ERROR;
        }
    }
}

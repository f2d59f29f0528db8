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
import picocli.CommandLine.Spec;

/** {@code newskg report}: the web page's views as one self-contained HTML file. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes the views of newskg serve's web page (articles with their facts highlighted, graph,",
            "arrest counts, competency queries with their answers) as a single HTML file that needs no",
            "server and makes no network request: one to e-mail or attach to a story."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error", "5:the dataset could not be opened, no such article, or the file not written"})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The HTML file to write.")
    Path output;

    @Option(names = "--article", paramLabel = "ID", description = "Report on this article only (repeatable; default: all).")
    List<String> articles = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            WriteReport.Summary s = new WriteReport().write(dataset.dataset, articles, output);
            err.printf("wrote %s: %d article(s), %d graph node(s), %d arrest count(s), %,d bytes%n", output, s.articles(), s.nodes(),
                    s.arrests(), s.bytes());
            return ExitCodes.OK;
        } catch (QueryFailedException e) {
            err.println("newskg report: " + e.getMessage());
            return ExitCodes.DATASET_ERROR;
        }
    }
}

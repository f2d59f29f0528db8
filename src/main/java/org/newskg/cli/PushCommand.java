package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.app.PushGraphs;
import org.newskg.app.PushReport;
import org.newskg.app.QueryFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg push}: the article graphs to another store, over the Graph Store Protocol. */
@Command(name = "push", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Sends the article graphs to a store that speaks the SPARQL 1.1 Graph Store HTTP Protocol.",
        description = "One graph per request: PUT with --replace (the graph on the server becomes ours), POST "
                + "otherwise (our triples are added). Transient failures are tried again three times; each graph's "
                + "outcome is printed, and a graph that was not sent is said to be.")
public final class PushCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--endpoint", required = true, paramLabel = "URL",
            description = "The Graph Store Protocol endpoint; for a Fuseki dataset http://localhost:3030/news.")
    String endpoint;

    @Option(names = "--graph", paramLabel = "IRI", description = "Push only this graph (repeatable; default: all).")
    List<String> graphs = new ArrayList<>();

    @Option(names = "--replace", description = "Replace each graph on the server (PUT) instead of adding to it (POST).")
    boolean replace;

    @Option(names = "--user", paramLabel = "NAME", description = "User for HTTP authentication.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the password.")
    Path passwordFile;

    @Option(names = "--text", paramLabel = "PROFILE", defaultValue = "full",
            description = "How much article text to send: full (what the dataset holds), spans (no copies of words) or "
                    + "none (no article text, headline or source field but the URL). Default: ${DEFAULT-VALUE}.")
    String text;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((user == null) != (passwordFile == null)) {
            err.println("newskg push: --user and --password-file go together");
            return ExitCodes.USAGE;
        }
        try {
            List<PushReport> reports = new PushGraphs().push(dataset.dataset, endpoint, graphs, replace, user, passwordFile,
                    text, r -> print(r, out, err));
            long failed = reports.stream().filter(r -> !r.sent()).count();
            err.printf("pushed %d graph(s), %d not sent%n", reports.size() - failed, failed);
            return failed == 0 ? ExitCodes.OK : ExitCodes.INPUT_ERROR;
        } catch (QueryFailedException e) {
            err.println("newskg push: " + e.getMessage());
            return e.parseError() ? ExitCodes.QUERY_ERROR : ExitCodes.DATASET_ERROR;
        }
    }

    private static void print(PushReport r, PrintWriter out, PrintWriter err) {
        if (r.sent()) {
            out.printf("%s: %s, %d triples%s%n", r.graph(), r.message(), r.triples(),
                    r.attempts() > 1 ? " (after " + r.attempts() + " tries)" : "");
            out.flush();
        } else {
            err.printf("%s: NOT SENT: %s%n", r.graph(), r.message());
            err.flush();
        }
    }
}

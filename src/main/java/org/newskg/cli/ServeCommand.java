package org.newskg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newskg.app.QueryFailedException;
import org.newskg.app.ServeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newskg serve}: a SPARQL endpoint over the dataset. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Serves the dataset: a SPARQL endpoint and a web page to look at it.",
        description = "The SPARQL 1.1 Protocol at /sparql (GET and POST, results by content negotiation) over the "
                + "union of the article graphs, graphs at /data (Graph Store Protocol, read), and a web page at / "
                + "(articles with their facts highlighted, a graph view, arrest counts as a chart, a query box). "
                + "Loopback only, read-only, a 30 s query timeout and 10,000 results per query by default.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "The port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "127.0.0.1 (default) or 0.0.0.0 to listen on every interface.")
    String host;

    @Option(names = "--allow-update", description = "Accept SPARQL Update (/update) and Graph Store writes (/data).")
    boolean allowUpdate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop a query after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "10000",
            description = "Answer a query with at most N solutions (default: ${DEFAULT-VALUE}); a query without a "
                    + "smaller LIMIT runs with LIMIT N, named in its answer's NewsKG-Result-Limit header.")
    long maxResults;

    @Option(names = "--allow-service", description = "Accept SPARQL SERVICE to public http(s) endpoints (never to "
            + "loopback, link-local or private addresses). Refused by default.")
    boolean allowService;

    @Option(names = "--allow-host", paramLabel = "NAME", description = "A host name, besides localhost and the "
            + "loopback addresses, that requests may name in their Host header (repeatable); others are refused, "
            + "which stops DNS rebinding.")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--max-answer-mb", paramLabel = "MB", defaultValue = "64",
            description = "Refuse an answer of /sparql or /data larger than this (default: ${DEFAULT-VALUE} MB).")
    long maxAnswerMb;

    @Option(names = "--verbose", description = "Log the server's start and every request (Jetty's and Fuseki's INFO lines).")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "info");
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki", "info");
        }
        try {
            ServeGraph.Settings settings = new ServeGraph.Settings(host, port, allowUpdate, Duration.ofSeconds(timeoutSeconds),
                    maxResults, allowService, Set.copyOf(allowHosts), maxAnswerMb << 20);
            new ServeGraph().serve(dataset.dataset, settings, (page, sparql) -> {
                err.println("newskg serve: web page at " + page + ", SPARQL endpoint at " + sparql
                        + (allowUpdate ? " (updates allowed)" : " (read-only)"));
                err.flush();
            });
            return ExitCodes.OK;
        } catch (QueryFailedException e) {
            err.println("newskg serve: " + e.getMessage());
            return e.parseError() ? ExitCodes.QUERY_ERROR : ExitCodes.DATASET_ERROR;
        } catch (ServeGraph.ServeFailedException e) {
            err.println("newskg serve: " + e.getMessage());
            return ExitCodes.SERVER_ERROR;
        }
    }
}

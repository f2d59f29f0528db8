package org.newskg.remote;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryException;
import org.apache.jena.rdf.model.Model;
import org.newskg.rdf.TextFilter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.RDFFormat;
import org.newskg.store.KgStore;

/**
 * Sends article graphs from a {@link KgStore} to any store that speaks the SPARQL 1.1 Graph
 * Store HTTP Protocol, one graph per request: PUT replaces the graph on the server, POST adds
 * to it. A request that fails for a transient reason is tried again after a growing wait; one
 * the server refuses (401, 403, 404, 400...) is not. Each request is one transaction on the
 * server side, so a graph is either sent whole or reported as not sent.
 */
public final class GraphStorePush {
    private static final Set<Integer> TRANSIENT = Set.of(-1, 408, 429, 500, 502, 503, 504);

    private GraphStorePush() {
    }

    /**
     * Pushes the graphs named (all when empty), each with no more article text than {@code text}
     * leaves, telling {@code progress} each graph's outcome as it comes.
     */
    public static List<PushOutcome> push(KgStore store, List<String> graphs, PushTarget target, TextFilter text,
                                         Consumer<PushOutcome> progress) {
        List<String> names = graphs.isEmpty() ? store.graphNames() : graphs;
        List<PushOutcome> outcomes = new ArrayList<>();
        try (RDFConnection conn = RDFConnectionRemote.newBuilder().destination(target.endpoint()).gspEndpoint("")
                .triplesFormat(RDFFormat.NTRIPLES).httpClient(client(target)).build()) {
            for (String g : names) {
                Model model = text.apply(store.graph(g), g);
                PushOutcome outcome = send(conn, g, model, target);
                outcomes.add(outcome);
                progress.accept(outcome);
            }
        }
        return outcomes;
    }

    private static PushOutcome send(RDFConnection conn, String graph, Model model, PushTarget target) {
        String failure = "";
        for (int attempt = 1; attempt <= target.attempts(); attempt++) {
            try {
                if (target.replace()) {
                    conn.put(graph, model);
                } else {
                    conn.load(graph, model);
                }
                return new PushOutcome(graph, model.size(), true, attempt, target.replace() ? "replaced" : "added");
            } catch (HttpException e) {
                int status = e.getStatusCode();
                failure = describe(status, e);
                if (!TRANSIENT.contains(status)) {
                    return new PushOutcome(graph, model.size(), false, attempt, failure);
                }
            } catch (QueryException | IllegalStateException e) {
                return new PushOutcome(graph, model.size(), false, attempt, String.valueOf(e.getMessage()));
            }
            sleep(target.backoff().multipliedBy(1L << (attempt - 1)));
        }
        return new PushOutcome(graph, model.size(), false, target.attempts(), failure + " (gave up after "
                + target.attempts() + " tries; the server holds the graph as it was before)");
    }

    private static String describe(int status, HttpException e) {
        return switch (status) {
            case -1 -> "cannot reach the server: " + rootMessage(e);
            case 401 -> "HTTP 401: the server refused the credentials (check --user and --password-file)";
            case 403 -> "HTTP 403: the server does not allow writing this graph";
            case 404 -> "HTTP 404: no Graph Store Protocol service at this endpoint";
            default -> "HTTP " + status + (e.getStatusLine() != null ? " " + e.getStatusLine() : "");
        };
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + (c.getMessage() != null ? ": " + c.getMessage() : "");
    }

    private static HttpClient client(PushTarget target) {
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10));
        if (target.user().isPresent()) {
            String user = target.user().get();
            char[] password = target.password().orElseThrow().toCharArray();
            b.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        return b.build();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

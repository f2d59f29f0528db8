package org.newskg.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.store.KgStore;
import org.newskg.view.GraphViews;
import org.newskg.view.ViewApi;

/**
 * An embedded Fuseki serving a newskg dataset at the server's root: {@code /sparql} (and its
 * alias {@code /query}) answers the SPARQL 1.1 Protocol (GET and POST, the standard result
 * formats by content negotiation) over the union of the article graphs, {@code /data} reads
 * graphs (Graph Store Protocol), and {@code /} is the web page, with its views' JSON under
 * {@code /api/}. Safe by default: bound to the loopback interface, read-only (updates answered
 * 403, writes 405) unless updates are allowed, every query stopped after the timeout and cut
 * to the result cap.
 */
public final class KgServer implements AutoCloseable {
    /** The names of the query endpoints, under the root. */
    static final List<String> QUERY_ENDPOINTS = List.of("sparql", "query");

    private final FusekiServer server;

    private KgServer(FusekiServer server) {
        this.server = server;
    }

    /**
     * How to serve.
     *
     * @param loopbackOnly bind to 127.0.0.1 only (otherwise every interface)
     * @param port         the port, 0 for any free one
     * @param allowUpdate  accept SPARQL Update and Graph Store writes
     * @param timeout      the longest a query may run
     * @param resultCap    the most solutions a query answers
     */
    public record Options(boolean loopbackOnly, int port, boolean allowUpdate, Duration timeout, long resultCap) {
        public Options {
            Objects.requireNonNull(timeout, "timeout may not be null");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            if (resultCap < 1) {
                throw new IllegalArgumentException("the result cap must be at least 1, not " + resultCap);
            }
        }
    }

    /** Starts serving the store. */
    public static KgServer start(KgStore store, Options options) {
        DatasetGraph dsg = store.servedDataset();
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(options.timeout().toMillis()));
        DataService.Builder service = DataService.newBuilder(dsg);
        QUERY_ENDPOINTS.forEach(name -> service.addEndpoint(Operation.Query, name));
        if (options.allowUpdate()) {
            service.addEndpoint(Operation.Update, "update").addEndpoint(Operation.GSP_RW, "data");
        } else {
            service.addEndpoint(Operation.GSP_R, "data");
        }
        ViewApi api = new ViewApi(new GraphViews(store, GraphViews.NEIGHBOUR_LIMIT));
        FusekiServer server = FusekiServer.create().loopback(options.loopbackOnly()).port(options.port())
                .registerOperation(Operation.Query, new CappedQuery(options.resultCap()))
                .addFilter("/*", new WebFilter(api, options.allowUpdate()))
                .add("/", service.build()).build();
        try {
            return new KgServer(server.start());
        } catch (FusekiException e) {
            server.stop();
            String where = (options.loopbackOnly() ? "127.0.0.1" : "0.0.0.0") + ":" + options.port();
            throw new ServerStartException("cannot listen on " + where + " (" + rootCause(e).getMessage()
                    + "); is another server on that port? Choose another with --port", e);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The port it listens on. */
    public int port() {
        return server.getHttpPort();
    }

    /** The web page's URL. */
    public String pageUrl() {
        return "http://localhost:" + port() + "/";
    }

    /** The SPARQL endpoint's URL. */
    public String sparqlUrl() {
        return pageUrl() + QUERY_ENDPOINTS.get(0);
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}

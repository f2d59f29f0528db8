package org.newskg.server;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
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
    private final QueryWatchdog watchdog;

    private KgServer(FusekiServer server, QueryWatchdog watchdog) {
        this.server = server;
        this.watchdog = watchdog;
    }

    /**
     * How to serve.
     *
     * @param loopbackOnly bind to 127.0.0.1 only (otherwise every interface)
     * @param port         the port, 0 for any free one
     * @param allowUpdate  accept SPARQL Update and Graph Store writes
     * @param timeout      the longest a query may run
     * @param resultCap    the most solutions a query answers
     * @param allowService accept SERVICE to public http(s) endpoints
     * @param extraHosts   host names, besides the loopback ones, that requests may name in {@code Host}
     * @param maxAnswerBytes the largest answer of the SPARQL and Graph Store endpoints
     * @param queryMemoryBytes the heap in use above which running queries are stopped
     */
    public record Options(boolean loopbackOnly, int port, boolean allowUpdate, Duration timeout, long resultCap,
                          boolean allowService, Set<String> extraHosts, long maxAnswerBytes, long queryMemoryBytes) {
        /** The default cap on one answer of the SPARQL and Graph Store endpoints. */
        public static final long DEFAULT_MAX_ANSWER_BYTES = 64L << 20;

        /** Options with no SERVICE, no other host name, the default answer cap and query memory. */
        public Options(boolean loopbackOnly, int port, boolean allowUpdate, Duration timeout, long resultCap) {
            this(loopbackOnly, port, allowUpdate, timeout, resultCap, false, Set.of(), DEFAULT_MAX_ANSWER_BYTES,
                    QueryWatchdog.defaultLimit());
        }

        /** Three quarters of the largest heap the JVM may have. */
        public static long defaultQueryMemory() {
            return QueryWatchdog.defaultLimit();
        }

        public Options {
            Objects.requireNonNull(timeout, "timeout may not be null");
            extraHosts = Set.copyOf(extraHosts);
            if (maxAnswerBytes < 1 || queryMemoryBytes < 1) {
                throw new IllegalArgumentException("the answer cap and the query memory must be positive");
            }
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
        Context context = dsg.getContext();
        context.set(ARQ.queryTimeout, Long.toString(options.timeout().toMillis()));
        context.set(Service.httpServiceAllowed, options.allowService());
        if (options.allowService()) {
            context.set(Service.httpQueryClient, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(options.timeout()).build());
        }
        context.set(ARQConstants.registryPropertyFunctions, new PropertyFunctionRegistry());
        TimedRegex.register();
        QueryWatchdog watchdog = new QueryWatchdog(options.queryMemoryBytes());
        DataService.Builder service = DataService.newBuilder(dsg);
        QUERY_ENDPOINTS.forEach(name -> service.addEndpoint(Operation.Query, name));
        if (options.allowUpdate()) {
            service.addEndpoint(Operation.Update, "update").addEndpoint(Operation.GSP_RW, "data");
        } else {
            service.addEndpoint(Operation.GSP_R, "data");
        }
        ViewApi api = new ViewApi(new GraphViews(store, GraphViews.NEIGHBOUR_LIMIT));
        FusekiServer server = FusekiServer.create().loopback(options.loopbackOnly()).port(options.port())
                .registerOperation(Operation.Query, new CappedQuery(options.resultCap(), options.allowService(), watchdog))
                .addFilter("/*", new RequestGuard(!options.loopbackOnly(), options.extraHosts(), options.maxAnswerBytes(),
                        options.timeout(), watchdog))
                .addFilter("/*", new WebFilter(api, options.allowUpdate()))
                .add("/", service.build()).build();
        try {
            return new KgServer(server.start(), watchdog);
        } catch (FusekiException e) {
            server.stop();
            watchdog.close();
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
        watchdog.close();
    }
}

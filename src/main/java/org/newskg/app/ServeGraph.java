package org.newskg.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.function.BiConsumer;
import org.newskg.server.KgServer;
import org.newskg.server.ServerStartException;
import org.newskg.store.KgStore;
import org.newskg.store.StoreException;

/** Serves a dataset over HTTP (SPARQL endpoint, Graph Store read side, web page) until the process stops. */
public final class ServeGraph {
    /**
     * How to serve: {@code host} is 127.0.0.1 or localhost (loopback only) or 0.0.0.0 (every
     * interface); a query stops after {@code timeout} and answers at most {@code resultCap} solutions.
     */
    public record Settings(String host, int port, boolean allowUpdate, Duration timeout, long resultCap,
                           boolean allowService, Set<String> allowHosts, long maxAnswerBytes) {
    }

    /** The server could not start listening. */
    public static final class ServeFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServeFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Starts serving, tells {@code started} the page's URL and the SPARQL endpoint's, and blocks
     * until the server stops.
     */
    public void serve(Path dataset, Settings settings, BiConsumer<String, String> started) {
        String host = settings.host();
        boolean loopback = host.equals("127.0.0.1") || host.equals("localhost");
        if (!loopback && !host.equals("0.0.0.0")) {
            throw new UsageException("--host must be 127.0.0.1, localhost or 0.0.0.0, not " + host);
        }
        if (settings.resultCap() < 1 || settings.timeout().isNegative() || settings.timeout().isZero()
                || settings.maxAnswerBytes() < 1) {
            throw new UsageException("--timeout, --max-results and --max-answer-mb must be at least 1");
        }
        if (settings.port() < 0 || settings.port() > 65535) {
            throw new UsageException("--port must be between 0 and 65535, not " + settings.port());
        }
        try (KgStore store = KgStore.openExisting(dataset);
             KgServer server = KgServer.start(store, new KgServer.Options(loopback, settings.port(), settings.allowUpdate(),
                     settings.timeout(), settings.resultCap(), settings.allowService(), settings.allowHosts(),
                     settings.maxAnswerBytes(), KgServer.Options.defaultQueryMemory()))) {
            started.accept(server.pageUrl(), server.sparqlUrl());
            server.join();
        } catch (StoreException e) {
            throw new QueryFailedException(e.getMessage(), false, e);
        } catch (ServerStartException e) {
            throw new ServeFailedException(e.getMessage(), e);
        }
    }
}

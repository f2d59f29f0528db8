package org.newskg.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.newskg.server.KgServer;
import org.newskg.store.KgStore;
import org.newskg.store.StoreException;

/** Serves a dataset over HTTP (SPARQL endpoint, Graph Store read side) until the process stops. */
public final class ServeGraph {
    /**
     * Starts serving, tells {@code started} the SPARQL endpoint's URL, and blocks until the server
     * stops. {@code host} is 127.0.0.1 or localhost (the default, loopback only) or 0.0.0.0 (every interface).
     */
    public void serve(Path dataset, String host, int port, boolean allowUpdate, Duration timeout, Consumer<String> started) {
        boolean loopback = host.equals("127.0.0.1") || host.equals("localhost");
        if (!loopback && !host.equals("0.0.0.0")) {
            throw new QueryFailedException("--host must be 127.0.0.1, localhost or 0.0.0.0, not " + host, true, null);
        }
        try (KgStore store = KgStore.openExisting(dataset);
             KgServer server = KgServer.start(store, new KgServer.Options(loopback, port, allowUpdate, timeout))) {
            started.accept(server.sparqlUrl());
            server.join();
        } catch (StoreException e) {
            throw new QueryFailedException(e.getMessage(), false, e);
        }
    }
}

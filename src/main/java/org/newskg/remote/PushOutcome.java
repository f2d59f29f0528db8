package org.newskg.remote;

import java.util.Objects;

/**
 * What happened to one graph.
 *
 * @param graph    the graph's IRI
 * @param triples  how many triples it holds
 * @param sent     whether the store accepted it
 * @param attempts how many requests were made
 * @param message  "replaced", "added", or why it failed
 */
public record PushOutcome(String graph, long triples, boolean sent, int attempts, String message) {
    public PushOutcome {
        Objects.requireNonNull(graph, "graph may not be null");
        Objects.requireNonNull(message, "message may not be null");
    }
}

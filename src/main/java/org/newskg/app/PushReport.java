package org.newskg.app;

/**
 * One graph's outcome of a push.
 *
 * @param graph    the graph's IRI
 * @param triples  how many triples it holds
 * @param sent     whether the store accepted it
 * @param attempts how many requests were made
 * @param message  "replaced", "added", or why it failed
 */
public record PushReport(String graph, long triples, boolean sent, int attempts, String message) {
}

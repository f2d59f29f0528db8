package org.newskg.store;

/**
 * What a query did: its form and how many rows (SELECT), triples (CONSTRUCT, DESCRIBE) or
 * the answer (ASK, 1 for true) it gave.
 */
public record QueryOutcome(String form, long size) {
}

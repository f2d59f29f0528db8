package org.newskg.store;

/** How query results are written. */
public enum ResultFormat {
    /** A text table for people. */
    TABLE,
    /** SPARQL 1.1 Query Results CSV. */
    CSV,
    /** SPARQL 1.1 Query Results TSV. */
    TSV,
    /** SPARQL 1.1 Query Results JSON. */
    JSON
}

package org.newskg.app;

/** How query results are written: a text table, or the SPARQL 1.1 CSV, TSV or JSON result formats. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON
}

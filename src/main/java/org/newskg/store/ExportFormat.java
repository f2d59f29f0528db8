package org.newskg.store;

import java.util.Locale;

/** The formats the dataset exports to, and whether they keep named graphs. */
public enum ExportFormat {
    NQUADS(true, "nq"), TRIG(true, "trig"), JSONLD(true, "jsonld"), NTRIPLES(false, "nt"), TURTLE(false, "ttl"),
    RDFXML(false, "rdf");

    private final boolean quads;
    private final String extension;

    ExportFormat(boolean quads, String extension) {
        this.quads = quads;
        this.extension = extension;
    }

    /** Whether the format keeps one named graph per article (N-Quads, TriG, JSON-LD); the others write triples. */
    public boolean keepsGraphs() {
        return quads;
    }

    /** The usual file extension. */
    public String extension() {
        return extension;
    }

    public static ExportFormat parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
    }
}

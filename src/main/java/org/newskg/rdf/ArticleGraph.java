package org.newskg.rdf;

import java.util.Objects;
import org.apache.jena.rdf.model.Model;

/**
 * One article's graph and the IRI of the named graph it is stored under ({@link Iris#graph}).
 * The model is not changed once made.
 */
public final class ArticleGraph {
    private final String graphIri;
    private final Model model;
    private java.util.List<org.apache.jena.graph.Triple> sorted;

    public ArticleGraph(String graphIri, Model model) {
        this.graphIri = Objects.requireNonNull(graphIri, "graphIri may not be null");
        this.model = Objects.requireNonNull(model, "model may not be null");
    }

    public String graphIri() {
        return graphIri;
    }

    public Model model() {
        return model;
    }


    public long size() {
        return model.size();
    }

    /**
     * The triples in newskg's fixed order (subjects together), computed once: writing them gives
     * the same bytes every time.
     */
    public java.util.List<org.apache.jena.graph.Triple> triples() {
        synchronized (this) {
            if (sorted == null) {
                sorted = RdfFiles.sorted(model);
            }
            return sorted;
        }
    }
}

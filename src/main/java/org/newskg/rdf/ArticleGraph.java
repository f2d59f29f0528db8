package org.newskg.rdf;

import java.util.Objects;
import org.apache.jena.rdf.model.Model;

/**
 * One article's graph and the IRI of the named graph it is stored under.
 *
 * @param graphIri the named graph ({@link Iris#graph})
 * @param model    its triples
 */
public record ArticleGraph(String graphIri, Model model) {
    public ArticleGraph {
        Objects.requireNonNull(graphIri, "graphIri may not be null");
        Objects.requireNonNull(model, "model may not be null");
    }

    public long size() {
        return model.size();
    }
}

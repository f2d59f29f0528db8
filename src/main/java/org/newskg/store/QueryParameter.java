package org.newskg.store;

import java.util.Objects;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * A value bound to a query variable: an IRI (checked when made, so a malformed one fails here
 * rather than in the query) or a plain string literal.
 */
public record QueryParameter(String value, boolean iri) {
    public QueryParameter {
        Objects.requireNonNull(value, "value may not be null");
    }

    /** An IRI, failing with IllegalArgumentException when it is not an absolute one. */
    public static QueryParameter iri(String iri) {
        IRIx parsed;
        try {
            parsed = IRIx.create(iri);
        } catch (IRIException e) {
            throw new IllegalArgumentException("not an IRI: " + iri + " (" + e.getMessage() + ")", e);
        }
        if (!parsed.isAbsolute()) {
            throw new IllegalArgumentException("not an absolute IRI: " + iri);
        }
        return new QueryParameter(iri, true);
    }

    /** A plain string literal. */
    public static QueryParameter literal(String text) {
        return new QueryParameter(text, false);
    }

    RDFNode toRdfNode() {
        return iri ? ResourceFactory.createResource(value) : ResourceFactory.createPlainLiteral(value);
    }
}

package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newskg.rdf.ArticleGraph;

/**
 * One write transaction that article graphs stream into, through Jena's sequential TDB2 loader
 * (startBulk, stream, finishBulk): nothing is visible, and nothing survives a crash, until
 * {@link #commit()}. The graphs must be new to the dataset (delete a graph being replaced first).
 */
public final class BulkWrite {
    private final DataLoader loader;
    private final StreamRDF stream;
    private boolean open = true;

    BulkWrite(DatasetGraph dsg) {
        this.loader = LoaderFactory.sequentialLoader(dsg, (format, args) -> { });
        loader.startBulk();
        this.stream = loader.stream();
    }

    /** Adds an article graph, its triples in newskg's fixed order. */
    public void add(ArticleGraph graph) {
        if (!open) {
            throw new IllegalStateException("the bulk write is committed");
        }
        Node g = NodeFactory.createURI(graph.graphIri());
        for (Triple t : graph.triples()) {
            stream.quad(Quad.create(g, t));
        }
    }

    /** Commits everything added. */
    public void commit() {
        open = false;
        loader.finishBulk();
    }

    /** Gives up: nothing added is kept. */
    public void abort(Exception cause) {
        if (open) {
            open = false;
            loader.finishException(cause);
        }
    }
}

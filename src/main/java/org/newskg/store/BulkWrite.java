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
 *
 * <p>Into an empty dataset the sequential loader fills one index while the graphs stream and
 * copies it into the five others at the commit, on one core, after the last article. Jena's basic
 * loader, which adds each quad to all six indexes as it comes, ends that tail 1.6 s sooner on
 * the BBC corpus (0.4 M quads, one batch) but makes the thread that loads slower than extraction
 * for 2 s more, and the build no faster.
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

    /**
     * Adds an article graph, its triples in the model's own order (the same for the same graph;
     * sorting them first, on the extraction threads, cost more there than it saved the thread
     * that loads, which waits for extraction: the BBC corpus built 0.5 s sooner, median of six).
     */
    public void add(ArticleGraph graph) {
        if (!open) {
            throw new IllegalStateException("the bulk write is committed");
        }
        Node g = NodeFactory.createURI(graph.graphIri());
        graph.model().getGraph().find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
    }

    /**
     * Adds the derived graphs that these inputs, gathered from every article graph of a new
     * dataset, give (none of them may be in the dataset yet): they are committed with the articles.
     */
    public void addDerived(DerivedGraphs.Inputs all) {
        if (!open) {
            throw new IllegalStateException("the bulk write is committed");
        }
        DerivedGraphs.graphs(all).forEach((iri, model) -> {
            Node g = NodeFactory.createURI(iri);
            model.getGraph().find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
        });
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

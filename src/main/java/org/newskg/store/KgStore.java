package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.newskg.rdf.ArticleGraph;

/**
 * A newskg dataset: TDB2 on disk (or in memory for tests), one named graph per article. Every
 * change is one write transaction, so a failed load leaves what was there before.
 */
public final class KgStore implements AutoCloseable {
    private final Dataset dataset;

    private KgStore(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the TDB2 dataset in {@code dir}. */
    public static KgStore open(Path dir) {
        Objects.requireNonNull(dir, "dataset directory may not be null");
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create dataset directory " + dir + ": " + e.getMessage(), e);
        }
        return new KgStore(TDB2Factory.connectDataset(dir.toString()));
    }

    /** Opens an existing dataset, failing when {@code dir} holds none. */
    public static KgStore openExisting(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new StoreException("no dataset at " + dir + " (build one with: newskg build --dataset " + dir + " ARTICLE)");
        }
        return open(dir);
    }

    /** A new in-memory TDB2 dataset. */
    public static KgStore inMemory() {
        return new KgStore(TDB2Factory.createDataset());
    }

    /** Replaces an article's named graph, in one write transaction; returns the graph's triple count. */
    public long replaceGraph(ArticleGraph graph) {
        return replaceGraph(graph.graphIri(), graph.model());
    }

    /** Replaces the named graph with the model, in one write transaction; returns the graph's triple count. */
    public long replaceGraph(String graphIri, Model model) {
        return Txn.calculateWrite(dataset, () -> {
            if (dataset.containsNamedModel(graphIri)) {
                dataset.removeNamedModel(graphIri);
            }
            dataset.addNamedModel(graphIri, model);
            return dataset.getNamedModel(graphIri).size();
        });
    }

    /**
     * Replaces many article graphs in one write transaction: either all of them are in the
     * dataset afterwards or, when the process dies first, none of them, and what was there stays.
     */
    public void replaceGraphs(java.util.List<ArticleGraph> graphs) {
        org.apache.jena.sparql.core.DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (ArticleGraph g : graphs) {
                org.apache.jena.graph.Node name = org.apache.jena.graph.NodeFactory.createURI(g.graphIri());
                if (dsg.containsGraph(name)) {
                    dsg.deleteAny(name, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY);
                }
            }
        });
        org.apache.jena.tdb2.loader.DataLoader loader = org.apache.jena.tdb2.loader.LoaderFactory.sequentialLoader(dsg, (f, a) -> { });
        loader.startBulk();
        try {
            org.apache.jena.riot.system.StreamRDF stream = loader.stream();
            for (ArticleGraph g : graphs) {
                org.apache.jena.graph.Node name = org.apache.jena.graph.NodeFactory.createURI(g.graphIri());
                for (org.apache.jena.graph.Triple t : g.triples()) {
                    stream.quad(org.apache.jena.sparql.core.Quad.create(name, t));
                }
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    /**
     * Opens a bulk write: one transaction (Jena's sequential loader, which is fully transactional)
     * that article graphs stream into as they come, committed by {@link BulkWrite#commit()}.
     * Memory does not grow with the number of graphs written.
     */
    public BulkWrite beginBulk() {
        return new BulkWrite(dataset.asDatasetGraph());
    }

    /** Deletes article graphs, in one write transaction. */
    public void deleteGraphs(java.util.Collection<String> graphIris) {
        org.apache.jena.sparql.core.DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dsg, () -> graphIris.forEach(g -> dsg.deleteAny(org.apache.jena.graph.NodeFactory.createURI(g),
                org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY)));
    }

    /** Whether the dataset has a graph of this name. */
    public boolean hasGraph(String graphIri) {
        org.apache.jena.sparql.core.DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(org.apache.jena.graph.NodeFactory.createURI(graphIri)));
    }

    /** The content hash stored for an article graph, if the graph is there. */
    public java.util.Optional<String> contentHash(String graphIri, String articleIri) {
        org.apache.jena.sparql.core.DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.find(org.apache.jena.graph.NodeFactory.createURI(graphIri),
                    org.apache.jena.graph.NodeFactory.createURI(articleIri), org.newskg.rdf.Vocab.contentHash.asNode(),
                    org.apache.jena.graph.Node.ANY);
            return it.hasNext() ? java.util.Optional.of(it.next().getObject().getLiteralLexicalForm())
                    : java.util.Optional.<String>empty();
        });
    }

    /**
     * Compacts the dataset: TDB2 keeps the old copy of every index block a write transaction
     * changed, so a dataset built in many batches takes far more disk than its data; compaction
     * writes a fresh copy and deletes the old one.
     */
    public void compact() {
        org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /** The IRIs of the named graphs, sorted. */
    public java.util.List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            java.util.List<String> names = new java.util.ArrayList<>();
            dataset.listNames().forEachRemaining(names::add);
            names.sort(null);
            return names;
        });
    }

    /** A copy of one named graph, failing when there is none. */
    public Model graph(String graphIri) {
        return Txn.calculateRead(dataset, () -> {
            if (!dataset.containsNamedModel(graphIri)) {
                throw new StoreException("no graph <" + graphIri + "> in the dataset");
            }
            Model copy = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            copy.add(dataset.getNamedModel(graphIri));
            org.newskg.rdf.Prefixes.set(copy);
            return copy;
        });
    }

    /** The number of triples in one named graph. */
    public long graphSize(String graphIri) {
        return Txn.calculateRead(dataset, () -> dataset.getNamedModel(graphIri).size());
    }

    /** The number of quads in the dataset. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }

    Dataset dataset() {
        return dataset;
    }

    /** The dataset, for serving it over HTTP; its default graph is the union of the article graphs. */
    public org.apache.jena.sparql.core.DatasetGraph servedDataset() {
        dataset.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        return dataset.asDatasetGraph();
    }

    @Override
    public void close() {
        dataset.close();
    }
}

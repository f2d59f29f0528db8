package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.Fingerprint;
import org.newskg.rdf.Prefixes;
import org.newskg.rdf.Vocab;

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
        } catch (IOException e) {
            throw new StoreException("cannot create dataset directory " + dir + ": " + e.getMessage(), e);
        }
        try {
            return new KgStore(TDB2Factory.connectDataset(dir.toString()));
        } catch (DBOpEnvException e) {
            throw new StoreException("the dataset at " + dir + " is in use by another process (" + e.getMessage()
                    + "); stop it first, or, if it is newskg serve, ask its SPARQL endpoint", e);
        }
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
     * Replaces named graphs with the models, all in one write transaction: a graph whose model is
     * empty is left out of the dataset.
     */
    public void replaceGraphs(Map<String, Model> graphs) {
        Txn.executeWrite(dataset, () -> graphs.forEach((iri, model) -> {
            if (dataset.containsNamedModel(iri)) {
                dataset.removeNamedModel(iri);
            }
            if (!model.isEmpty()) {
                dataset.addNamedModel(iri, model);
            }
        }));
    }

    /**
     * Opens a bulk write: one write transaction ({@link BulkWrite})
     * that article graphs stream into as they come, committed by {@link BulkWrite#commit()}.
     * Memory does not grow with the number of graphs written.
     */
    public BulkWrite beginBulk() {
        return new BulkWrite(dataset.asDatasetGraph());
    }

    /** Deletes article graphs, in one write transaction. */
    public void deleteGraphs(Collection<String> graphIris) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dsg, () -> graphIris.forEach(g -> dsg.deleteAny(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY)));
    }

    /** Whether the dataset has a graph of this name. */
    public boolean hasGraph(String graphIri) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(NodeFactory.createURI(graphIri)));
    }

    /**
     * The content hash and the newskg version an article graph records, if the graph is there:
     * the hash on the article, the version on the software agent of its extraction.
     */
    public Optional<Fingerprint> fingerprint(String graphIri, String articleIri) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Node g = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dsg, () -> {
            Iterator<Quad> hash = dsg.find(g, NodeFactory.createURI(articleIri), Vocab.contentHash.asNode(), Node.ANY);
            Iterator<Quad> version = dsg.find(g, Node.ANY, Vocab.softwareVersion.asNode(), Node.ANY);
            Iterator<Quad> profile = dsg.find(g, Node.ANY, Vocab.textProfile.asNode(), Node.ANY);
            return hash.hasNext() ? Optional.of(new Fingerprint(hash.next().getObject().getLiteralLexicalForm(),
                    version.hasNext() ? version.next().getObject().getLiteralLexicalForm() : "",
                    profile.hasNext() ? profile.next().getObject().getLiteralLexicalForm() : ""))
                    : Optional.<Fingerprint>empty();
        });
    }

    /**
     * Compacts the dataset: TDB2 keeps the old copy of every index block a write transaction
     * changed, so a dataset built in many batches takes far more disk than its data; compaction
     * writes a fresh copy and deletes the old one.
     */
    public void compact() {
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /** The IRIs of the named graphs, sorted. */
    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> names = new ArrayList<>();
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
            Model copy = ModelFactory.createDefaultModel();
            copy.add(dataset.getNamedModel(graphIri));
            Prefixes.set(copy);
            return copy;
        });
    }

    /** A new in-memory store holding copies of the named graphs, failing when one is missing. */
    public KgStore copyOf(Collection<String> graphIris) {
        KgStore copy = inMemory();
        for (String iri : graphIris) {
            copy.replaceGraph(iri, graph(iri));
        }
        return copy;
    }

    /** The number of quads in the dataset. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }

    Dataset dataset() {
        return dataset;
    }

    /** The dataset, for serving it over HTTP; its default graph is the union of the article graphs. */
    public DatasetGraph servedDataset() {
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dataset.asDatasetGraph();
    }

    @Override
    public void close() {
        dataset.close();
    }
}

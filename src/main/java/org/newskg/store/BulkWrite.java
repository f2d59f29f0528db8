package org.newskg.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.ProgressMonitor;
import org.apache.jena.system.progress.ProgressMonitorOutput;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.QuadTable;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.rdf.ArticleGraph;

/**
 * One write transaction that article graphs stream into: nothing is visible, and nothing
 * survives a crash, until {@link #commit()}. The graphs must be new to the dataset (delete a
 * graph being replaced first).
 *
 * <p>Into an empty dataset it works as Jena's sequential loader does (the same calls: the quad
 * table's indexes set aside, then filled from the primary index, inside the one transaction), with
 * two differences that suit a build, where the thread that loads waits for extraction: the
 * indexes led by the graph (GSPO, GPOS, GOSP, whose inserts come in order, an article's graph
 * after another's) are written as the graphs stream, and the three others (SPOG, POSG, OSPG) are
 * filled at the commit in one pass over the primary index, not one pass each. On the BBC corpus
 * (2,094 articles, 0.39 M quads, one batch) the build took 10.2-11.1 s, median 10.3, against
 * 10.0-11.6 s, median 10.6, with Jena's sequential loader (six alternating runs each). Jena's
 * basic loader, every index as the graphs stream, made the loading thread slower than extraction
 * and the build slower (11.3-13.0 s). Into a dataset that holds quads, every index is written as
 * the graphs stream.
 *
 * <p>Quads are added as node ids, each node looked up once per write in a map of its own: the
 * BBC corpus's 1.55 M node occurrences are 135 k distinct nodes, and Jena's node cache, asked
 * each time, cost the writing thread a tenth of its time in upkeep.
 */
public final class BulkWrite {
    /** How many node ids the map keeps before it starts again (about 250 MB at most). */
    private static final int MAX_IDS = 1 << 20;
    /** Literals longer than this (a quote's words, mostly one-off) are not kept in the map. */
    private static final int MAX_CACHED_LITERAL = 200;

    private final DatasetGraph dsg;
    private final QuadTable quads;
    private final TupleTable table;
    private final NodeTable nodes;
    /** The ids of the nodes (all but long literals) this write has looked up or allocated, so a repeated one costs one hash lookup. */
    private final Map<Node, NodeId> ids = new HashMap<>();
    /** The indexes set aside till the commit, by their position in the quad table. */
    private final Map<Integer, TupleIndex> setAside = new LinkedHashMap<>();
    private boolean open = true;

    BulkWrite(DatasetGraph dsg) {
        this.dsg = dsg;
        dsg.begin(TxnType.WRITE);
        this.quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable();
        this.table = quads.getNodeTupleTable().getTupleTable();
        this.nodes = quads.getNodeTupleTable().getNodeTable();
        if (quads.isEmpty()) {
            for (int i = 1; i < table.numIndexes(); i++) {
                TupleIndex index = table.getIndex(i);
                if (!index.getName().startsWith("G")) {
                    setAside.put(i, index);
                    table.setTupleIndex(i, null);
                }
            }
        }
    }

    /** Adds an article graph, its triples in the model's own order. */
    public void add(ArticleGraph graph) {
        add(graph.graphIri(), graph.model());
    }

    /**
     * Adds the derived graphs that these inputs, gathered from every article graph of a new
     * dataset, give (none of them may be in the dataset yet): they are committed with the articles.
     */
    public void addDerived(DerivedGraphs.Inputs all) {
        DerivedGraphs.graphs(all).forEach(this::add);
    }

    private void add(String graphIri, Model model) {
        if (!open) {
            throw new IllegalStateException("the bulk write is committed");
        }
        NodeId g = id(NodeFactory.createURI(graphIri));
        model.getGraph().find().forEachRemaining(
                t -> table.add(TupleFactory.create4(g, id(t.getSubject()), id(t.getPredicate()), id(t.getObject()))));
    }

    private NodeId id(Node node) {
        if (node.isLiteral() && node.getLiteralLexicalForm().length() > MAX_CACHED_LITERAL) {
            return nodes.getAllocateNodeId(node);
        }
        NodeId id = ids.get(node);
        if (id == null) {
            if (ids.size() >= MAX_IDS) {
                ids.clear();
            }
            id = nodes.getAllocateNodeId(node);
            ids.put(node, id);
        }
        return id;
    }

    /** Commits everything added. */
    public void commit() {
        open = false;
        try {
            if (!setAside.isEmpty()) {
                ProgressMonitor monitor = ProgressMonitorOutput.create((fmt, args) -> { }, "index", 1_000_000, 10);
                monitor.start();
                LoaderOps.copyIndex(table.getIndex(0).all(), setAside.values().toArray(TupleIndex[]::new), monitor);
                monitor.finish();
            }
        } finally {
            reattach();
        }
        dsg.commit();
        dsg.end();
    }

    private void reattach() {
        setAside.forEach(table::setTupleIndex);
        setAside.clear();
    }

    /** Gives up: nothing added is kept. */
    public void abort(Exception cause) {
        if (open) {
            open = false;
            reattach();
            dsg.abort();
            dsg.end();
        }
    }
}

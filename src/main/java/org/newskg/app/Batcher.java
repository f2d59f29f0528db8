package org.newskg.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newskg.rdf.NQuadsSink;
import org.newskg.store.BulkWrite;
import org.newskg.store.DerivedGraphs;
import org.newskg.store.KgStore;

/**
 * Loads built articles, in input order, a batch at a time: each batch is one write transaction
 * that the graphs stream into as they come, so a batch costs no memory; the articles are reported
 * once their batch is committed. An article that replaces a graph already in the dataset ends
 * the batch, and its old graph is deleted before the next one opens. Also streams each graph
 * to the N-Quads file.
 */
final class Batcher {
    private final KgStore store;
    private final NQuadsSink nquads;
    private final int batchSize;
    private final BuildTotals.Counter totals;
    private final Consumer<ArticleSummary> progress;
    private final List<ArticleSummary> pending = new ArrayList<>();
    private BulkWrite bulk;

    Batcher(KgStore store, NQuadsSink nquads, int batchSize, BuildTotals.Counter totals, Consumer<ArticleSummary> progress) {
        this.store = store;
        this.nquads = nquads;
        this.batchSize = batchSize;
        this.totals = totals;
        this.progress = progress;
    }

    /** Loads an article; {@code replaces} when the dataset holds an older graph of it. */
    void add(BuiltArticle a, boolean replaces) {
        if (replaces) {
            flush();
            store.deleteGraphs(List.of(a.graph().graphIri()));
        }
        if (bulk == null) {
            bulk = store.beginBulk();
        }
        try {
            bulk.add(a.graph());
        } catch (RuntimeException e) {
            bulk.abort(e);
            bulk = null;
            throw e;
        }
        pending.add(a.summary());
        if (nquads != null) {
            nquads.write(a.nquads());
        }
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    /**
     * Adds the derived graphs of a new dataset, made from the inputs gathered from all its
     * articles, to the batch in flight (or a new one): they are committed with it.
     */
    void addDerived(DerivedGraphs.Inputs all) {
        if (bulk == null) {
            bulk = store.beginBulk();
        }
        try {
            bulk.addDerived(all);
        } catch (RuntimeException e) {
            bulk.abort(e);
            bulk = null;
            throw e;
        }
    }

    /** Commits the batch in flight and reports its articles. */
    void flush() {
        if (bulk == null) {
            return;
        }
        bulk.commit();
        bulk = null;
        for (ArticleSummary s : pending) {
            totals.add(s);
            progress.accept(s);
        }
        pending.clear();
    }
}

package org.newskg.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newskg.rdf.ArticleGraph;
import org.newskg.rdf.NQuadsSink;
import org.newskg.store.KgStore;

/**
 * Collects built articles in input order and loads them a batch at a time, each batch one
 * write transaction; streams them to the N-Quads file as they come; reports each article once
 * its batch is in the dataset.
 */
final class Batcher {
    private static final long MAX_BATCH_QUADS = 500_000;

    private final KgStore store;
    private final NQuadsSink nquads;
    private final int batchSize;
    private final BuildTotals.Counter totals;
    private final Consumer<ArticleSummary> progress;
    private final List<BuiltArticle> batch = new ArrayList<>();
    private long batchQuads;

    Batcher(KgStore store, NQuadsSink nquads, int batchSize, BuildTotals.Counter totals, Consumer<ArticleSummary> progress) {
        this.store = store;
        this.nquads = nquads;
        this.batchSize = batchSize;
        this.totals = totals;
        this.progress = progress;
    }

    void add(BuiltArticle a) {
        batch.add(a);
        batchQuads += a.graph().size();
        if (nquads != null) {
            nquads.write(a.nquads(), a.graph().size());
        }
        if (batch.size() >= batchSize || batchQuads >= MAX_BATCH_QUADS) {
            flush();
        }
    }

    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<ArticleGraph> graphs = new ArrayList<>();
        batch.forEach(a -> graphs.add(a.graph()));
        store.replaceGraphs(graphs);
        for (BuiltArticle a : batch) {
            totals.add(a.summary());
            progress.accept(a.summary());
        }
        batch.clear();
        batchQuads = 0;
    }
}

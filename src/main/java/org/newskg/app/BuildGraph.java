package org.newskg.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.newskg.article.Article;
import org.newskg.article.ArticleInputs;
import org.newskg.article.InputFormat;
import org.newskg.article.InputItem;
import org.newskg.extract.ExtractionPipeline;
import org.newskg.rdf.ExtractionToRdf;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NQuadsSink;
import org.newskg.store.KgStore;

/**
 * Builds the knowledge graph from a stream of articles: extraction runs on a pool of threads,
 * results are taken back in input order, and the graphs are loaded into TDB2 in batches, each
 * batch one write transaction, so memory stays bounded and a crash loses at most the batch in
 * flight. An article whose content hash is already in the dataset is skipped; a changed one
 * replaces its own graph. An input that cannot be read is reported and skipped.
 */
public final class BuildGraph {
    private final ExtractionPipeline pipeline;
    private final ExtractionToRdf mapper = new ExtractionToRdf(Version.current());

    /** A build with the standard extraction pipeline. */
    public static BuildGraph standard() {
        return new BuildGraph(ExtractionPipeline.standard());
    }

    public BuildGraph(ExtractionPipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline may not be null");
    }

    /**
     * How to build.
     *
     * @param turtleDir where to write one Turtle file per article, or empty for none
     * @param dataset   the TDB2 dataset
     * @param format    how to read the inputs
     * @param threads   extraction threads, at least 1
     * @param batch     articles per write transaction, at least 1
     * @param nquads    a file to stream every built graph to as N-Quads, if wanted
     */
    public record Options(Optional<Path> turtleDir, Path dataset, InputFormat format, int threads, int batch,
                          Optional<Path> nquads) {
        public Options {
            Objects.requireNonNull(turtleDir, "turtleDir may not be null");
            Objects.requireNonNull(dataset, "dataset may not be null");
            Objects.requireNonNull(format, "format may not be null");
            Objects.requireNonNull(nquads, "nquads may not be null");
            if (threads < 1 || batch < 1) {
                throw new IllegalArgumentException("threads and batch must be at least 1");
            }
        }

        /** Turtle files and a dataset, one thread, the default batch: the simple build. */
        public Options(Optional<Path> turtleDir, Path dataset) {
            this(turtleDir, dataset, InputFormat.AUTO, 1, 500, Optional.empty());
        }
    }

    /** The outcome of a build, counted; the articles themselves went to the progress listener. */
    public record Result(BuildTotals totals, List<BuildFailure> failed) {
        public Result {
            failed = List.copyOf(failed);
        }
    }

    /** Builds every input, telling {@code progress} about each article once its batch is in the dataset. */
    public Result build(List<String> inputs, Options options, InputStream stdin, Consumer<ArticleSummary> progress)
            throws IOException {
        BuildTotals.Counter totals = new BuildTotals.Counter();
        List<BuildFailure> failed = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "newskg-extract");
            t.setDaemon(true);
            return t;
        });
        try (KgStore store = KgStore.open(options.dataset());
             ArticleInputs in = new ArticleInputs(inputs, options.format(), stdin);
             NQuadsSink nquads = options.nquads().isPresent() ? new NQuadsSink(options.nquads().get()) : null) {
            Batcher batcher = new Batcher(store, nquads, options.batch(), totals, progress);
            Deque<Future<BuiltArticle>> inFlight = new ArrayDeque<>();
            int window = Math.max(options.threads() * 4, Math.min(options.batch(), 1000));
            while (in.hasNext()) {
                InputItem item = in.next();
                if (item instanceof InputItem.Unreadable u) {
                    failed.add(new BuildFailure(u.source(), u.message()));
                    totals.failed++;
                    continue;
                }
                Article article = ((InputItem.Parsed) item).article();
                String hash = mapper.contentHash(article);
                boolean turtleThere = options.turtleDir().map(d -> java.nio.file.Files.exists(
                        d.resolve(article.id().value() + ".ttl"))).orElse(true);
                if (turtleThere && hash.equals(store.contentHash(Iris.graph(article.id()), Iris.article(article.id())).orElse(""))) {
                    totals.unchanged++;
                    continue;
                }
                boolean render = options.nquads().isPresent();
                inFlight.add(pool.submit(() -> BuiltArticle.build(pipeline, mapper, article, options.turtleDir(), render)));
                if (inFlight.size() >= window) {
                    batcher.add(take(inFlight.removeFirst()));
                }
            }
            while (!inFlight.isEmpty()) {
                batcher.add(take(inFlight.removeFirst()));
            }
            batcher.flush();
        } finally {
            pool.shutdownNow();
        }
        return new Result(totals.snapshot(), failed);
    }

    private static BuiltArticle take(Future<BuiltArticle> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}

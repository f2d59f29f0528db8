package org.newskg.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newskg.article.Article;
import org.newskg.article.ArticleId;
import org.newskg.article.ArticleInputs;
import org.newskg.article.InputFormat;
import org.newskg.article.InputItem;
import org.newskg.extract.ExtractionPipeline;
import org.newskg.rdf.ExtractionToRdf;
import org.newskg.rdf.Fingerprint;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NQuadsSink;
import org.newskg.rdf.RdfFiles;
import org.newskg.rdf.TextProfile;
import org.newskg.store.DerivedGraphs;
import org.newskg.store.KgStore;
import org.newskg.store.StoreException;

/**
 * Builds the knowledge graph from a stream of articles: extraction runs on a pool of threads,
 * results are taken back in input order, and the graphs are loaded into TDB2 in batches, each
 * batch one write transaction, so memory stays bounded and a crash loses at most the batch in
 * flight. An article whose content hash is already in the dataset is skipped; a changed one
 * replaces its own graph. An input that cannot be read is reported and skipped.
 */
public final class BuildGraph {
    private final Supplier<ExtractionPipeline> pipeline;

    /** A build with the standard extraction pipeline, loaded while the build opens its dataset. */
    public static BuildGraph standard() {
        return new BuildGraph(PipelineInBackground.start());
    }

    public BuildGraph(ExtractionPipeline pipeline) {
        Objects.requireNonNull(pipeline, "pipeline may not be null");
        this.pipeline = () -> pipeline;
    }

    /** A build whose pipeline is asked for once the dataset is open (it may still be loading when the build begins). */
    public BuildGraph(Supplier<ExtractionPipeline> pipeline) {
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
     * @param compact   compact the dataset when the build has loaded its last batch
     * @param stdinId   the id of a text article read from stdin (a slug is made of it)
     * @param text      how much of each article's text its graph holds
     */
    public record Options(Optional<Path> turtleDir, Path dataset, InputFormat format, int threads, int batch,
                          Optional<Path> nquads, boolean compact, String stdinId, TextProfile text) {
        public Options {
            Objects.requireNonNull(text, "text may not be null");
            Objects.requireNonNull(stdinId, "stdinId may not be null");
            ArticleId.fromFileName(stdinId + ".x");
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
            this(turtleDir, dataset, InputFormat.AUTO, 1, 500, Optional.empty(), false);
        }

        /** Options where a text article on stdin is called "stdin". */
        public Options(Optional<Path> turtleDir, Path dataset, InputFormat format, int threads, int batch,
                       Optional<Path> nquads, boolean compact) {
            this(turtleDir, dataset, format, threads, batch, nquads, compact, ArticleInputs.STDIN_ID.value());
        }

        /** Options with the default text profile, {@link TextProfile#SPANS}. */
        public Options(Optional<Path> turtleDir, Path dataset, InputFormat format, int threads, int batch,
                       Optional<Path> nquads, boolean compact, String stdinId) {
            this(turtleDir, dataset, format, threads, batch, nquads, compact, stdinId, TextProfile.SPANS);
        }

        /** The same options with graphs of this text profile. */
        public Options withText(TextProfile profile) {
            return new Options(turtleDir, dataset, format, threads, batch, nquads, compact, stdinId, profile);
        }

        /** The same options with graphs of the text profile of this name: full, spans or none. */
        public Options withText(String profile) {
            return withText(TextProfile.parse(profile));
        }

        /** Options that do not compact the dataset at the end. */
        public Options(Optional<Path> turtleDir, Path dataset, InputFormat format, int threads, int batch,
                       Optional<Path> nquads) {
            this(turtleDir, dataset, format, threads, batch, nquads, false);
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
        return build(inputs, options, stdin, s -> { }, progress);
    }

    /**
     * Builds every input, telling {@code extracted} about each article as it comes back from
     * extraction (in input order), and {@code loaded} once its batch is in the dataset.
     */
    public Result build(List<String> inputs, Options options, InputStream stdin, Consumer<ArticleSummary> extracted,
                        Consumer<ArticleSummary> loaded) throws IOException {
        BuildTotals.Counter totals = new BuildTotals.Counter();
        List<BuildFailure> failed = new ArrayList<>();
        ExtractionToRdf mapper = new ExtractionToRdf(Version.current(), options.text());
        if (options.turtleDir().isPresent()) {
            RdfFiles.removeTemporaries(options.turtleDir().get());
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "newskg-extract");
            t.setDaemon(true);
            return t;
        });
        try (KgStore store = KgStore.open(options.dataset());
             ArticleInputs in = new ArticleInputs(inputs, options.format(), stdin,
                     ArticleId.fromFileName(options.stdinId() + ".x"));
             NQuadsSink nquads = options.nquads().isPresent() ? new NQuadsSink(options.nquads().get()) : null) {
            // Asked for once the dataset is open: a pipeline loading in the background has had Jena's start-up to load in.
            ExtractionPipeline extraction = pipeline(pipeline);
            Batcher batcher = new Batcher(store, nquads, options.batch(), totals, loaded);
            // Into a new dataset, the derived graphs' inputs are gathered as the articles are built, not read back.
            boolean fresh = store.graphNames().isEmpty();
            DerivedGraphs.Inputs gathered = fresh ? new DerivedGraphs.Inputs() : null;
            Deque<InFlight> inFlight = new ArrayDeque<>();
            Map<ArticleId, String> taken = new HashMap<>();
            int window = options.threads() * 8;
            while (in.hasNext()) {
                InputItem item = in.next();
                if (item instanceof InputItem.Unreadable u) {
                    failed.add(new BuildFailure(u.source(), u.message()));
                    totals.failed++;
                    continue;
                }
                Article article = ((InputItem.Parsed) item).article();
                String other = taken.putIfAbsent(article.id(), article.source());
                if (other != null) {
                    failed.add(new BuildFailure(article.source(), article.source() + ": the article id '" + article.id()
                            + "' is already taken by " + other + " in this build; the article was not built (give it another "
                            + "file name or JSON id)"));
                    totals.failed++;
                    continue;
                }
                // A dataset that was empty when the build began holds only this build's articles, whose ids are all new.
                boolean replaces = false;
                if (!fresh) {
                    boolean turtleThere = options.turtleDir().map(d -> java.nio.file.Files.exists(
                            d.resolve(article.id().value() + ".ttl"))).orElse(true);
                    Optional<Fingerprint> stored = store.fingerprint(Iris.graph(article.id()), Iris.article(article.id()));
                    if (turtleThere && stored.equals(Optional.of(mapper.fingerprint(article)))) {
                        totals.unchanged++;
                        continue;
                    }
                    replaces = stored.isPresent() || store.hasGraph(Iris.graph(article.id()));
                }
                boolean render = options.nquads().isPresent();
                boolean gather = gathered != null;
                inFlight.add(new InFlight(pool.submit(() -> BuiltArticle.build(extraction, mapper, article,
                        options.turtleDir(), render, gather)), replaces, article.source()));
                if (inFlight.size() >= window) {
                    load(inFlight.removeFirst(), batcher, extracted, failed, totals, gathered);
                }
            }
            while (!inFlight.isEmpty()) {
                load(inFlight.removeFirst(), batcher, extracted, failed, totals, gathered);
            }
            if (gathered != null) {
                // A new dataset: its derived graphs are new too, and go in with the last batch, in its transaction.
                batcher.addDerived(gathered);
                batcher.flush();
            } else {
                batcher.flush();
                // Always: a dataset written by an older newskg may lack a derived graph, and its articles be unchanged.
                DerivedGraphs.refresh(store);
            }
            if (options.compact() && totals.built > 0) {
                store.compact();
            }
        } catch (InternalError e) {
            // TDB2 writes through memory-mapped files: a full disk surfaces as a fault in an unsafe memory access.
            throw new StoreException("cannot write the dataset at " + options.dataset() + ": the disk is full or failing ("
                    + e.getMessage() + "); the batches loaded before are kept", e);
        } finally {
            pool.shutdownNow();
        }
        return new Result(totals.snapshot(), failed);
    }

    /** The pipeline, or a failure to load it that says so (a resource missing from the jar), not a dataset's fault. */
    private static ExtractionPipeline pipeline(Supplier<ExtractionPipeline> pipeline) {
        try {
            return pipeline.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot load the extraction pipeline: " + e.getMessage(), e);
        }
    }

    private static void load(InFlight f, Batcher batcher, Consumer<ArticleSummary> extracted, List<BuildFailure> failed,
                             BuildTotals.Counter totals, DerivedGraphs.Inputs gathered) throws IOException {
        Optional<BuiltArticle> built = take(f, extracted, failed);
        if (built.isPresent()) {
            batcher.add(built.get(), f.replaces());
            if (gathered != null) {
                gathered.add(built.get().derived());
            }
        } else {
            totals.failed++;
        }
    }

    /** An article being extracted, and whether its graph replaces one already in the dataset. */
    private record InFlight(Future<BuiltArticle> future, boolean replaces, String source) {
    }

    /**
     * The built article, or empty when its extraction failed (a defect, or an article too large
     * for the memory): that article is reported and skipped, and the build goes on. A file that
     * cannot be written stops the build.
     */
    private static Optional<BuiltArticle> take(InFlight f, Consumer<ArticleSummary> extracted, List<BuildFailure> failed)
            throws IOException {
        try {
            BuiltArticle a = f.future().get();
            extracted.accept(a.summary());
            return Optional.of(a);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            failed.add(new BuildFailure(f.source(), f.source() + ": extraction failed (" + e.getCause()
                    + "); the article was skipped"));
            return Optional.empty();
        }
    }
}

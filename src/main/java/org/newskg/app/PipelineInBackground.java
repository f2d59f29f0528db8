package org.newskg.app;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.newskg.extract.ExtractionPipeline;

/**
 * The standard extraction pipeline, loading its gazetteers, word lists and tagging model on a
 * thread of its own from the moment this is made, so that what the caller does meanwhile (open
 * a dataset: Jena's start-up, half a second) overlaps it; {@link #get()} waits for it. The
 * loading thread touches extraction classes only, which use no Jena, so the two start-ups
 * share no class to initialise.
 */
public final class PipelineInBackground implements Supplier<ExtractionPipeline> {
    private final FutureTask<ExtractionPipeline> loading;

    private PipelineInBackground(Callable<ExtractionPipeline> load) {
        this.loading = new FutureTask<>(load);
    }

    /** Starts loading the standard pipeline. */
    public static PipelineInBackground start() {
        return start(ExtractionPipeline::standard);
    }

    /** Starts loading a pipeline this way. */
    static PipelineInBackground start(Callable<ExtractionPipeline> load) {
        PipelineInBackground p = new PipelineInBackground(load);
        Thread t = new Thread(p.loading, "newskg-lexicons");
        t.setDaemon(true);
        t.start();
        return p;
    }

    /** The pipeline, once loaded; a failure to load it (a resource missing from the jar) is thrown here. */
    @Override
    public ExtractionPipeline get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return loading.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause().toString(), e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

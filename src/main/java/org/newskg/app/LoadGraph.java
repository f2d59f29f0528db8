package org.newskg.app;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.store.BulkLoad;
import org.newskg.store.DerivedGraphs;
import org.newskg.store.KgStore;
import org.newskg.store.StoreException;

/** Bulk-loads RDF files (an N-Quads export, say) into a dataset with one of Jena's TDB2 loaders. */
public final class LoadGraph {
    /** The loaders by name: basic, sequential, phased, parallel. */
    public static final List<String> LOADERS = List.of("basic", "sequential", "phased", "parallel");

    /**
     * Loads the inputs ("-" for {@code stdin}) in the syntax given or told from their names;
     * triples go into {@code graph} or, when it is null, into a graph named by each file's URI.
     * Returns the number of quads read.
     */
    public long load(Path dataset, String loader, List<String> inputs, String syntax, String graph, InputStream stdin) {
        BulkLoad.Loader l;
        try {
            l = BulkLoad.Loader.parse(loader);
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown loader '" + loader + "' (one of " + String.join(", ", LOADERS) + ")", e);
        }
        List<BulkLoad.Source> sources = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals("-")) {
                sources.add(new BulkLoad.Source(input, () -> stdin, syntax, graph));
                continue;
            }
            Path f = Path.of(input);
            if (!Files.isRegularFile(f)) {
                throw new InputException(f + ": no such file");
            }
            sources.add(new BulkLoad.Source(input, () -> Files.newInputStream(f), syntax, graph));
        }
        try (KgStore store = KgStore.open(dataset)) {
            long quads = BulkLoad.load(store, l, sources);
            DerivedGraphs.refresh(store);
            return quads;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (StoreException e) {
            throw new QueryFailedException(e.getMessage(), false, e);
        }
    }
}

package org.newskg.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newskg.store.BulkLoad;
import org.newskg.store.KgStore;
import org.newskg.store.StoreException;

/** Bulk-loads RDF files (an N-Quads export, say) into a dataset with one of Jena's TDB2 loaders. */
public final class LoadGraph {
    /** The loaders by name: basic, sequential, phased, parallel. */
    public static final List<String> LOADERS = List.of("basic", "sequential", "phased", "parallel");

    /** Loads the files; returns the number of quads read. */
    public long load(Path dataset, String loader, List<Path> files) {
        BulkLoad.Loader l;
        try {
            l = BulkLoad.Loader.parse(loader);
        } catch (IllegalArgumentException e) {
            throw new QueryFailedException("unknown loader '" + loader + "' (one of " + String.join(", ", LOADERS) + ")", true, e);
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new QueryFailedException(f + ": no such file", true, null);
            }
        }
        try (KgStore store = KgStore.open(dataset)) {
            return BulkLoad.load(store, l, files.stream().map(Path::toString).toList());
        } catch (StoreException e) {
            throw new QueryFailedException(e.getMessage(), false, e);
        }
    }
}

package org.newskg.store;

import java.util.List;
import java.util.Locale;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads RDF files (N-Quads, TriG, Turtle ...; gzipped too) into a store with one of Jena's TDB2
 * bulk loaders, through the {@link DataLoader} protocol: startBulk, load, finishBulk. The
 * parallel loader is the fastest and takes all cores.
 */
public final class BulkLoad {
    /** Jena's loaders. */
    public enum Loader {
        BASIC, SEQUENTIAL, PHASED, PARALLEL;

        public static Loader parse(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    private BulkLoad() {
    }

    /** Loads the files; returns the number of quads (and default-graph triples) read. */
    public static long load(KgStore store, Loader loader, List<String> files) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        MonitorOutput quiet = (fmt, args) -> { };
        DataLoader l = switch (loader) {
            case BASIC -> LoaderFactory.basicLoader(dsg, quiet);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, quiet);
            case PHASED -> LoaderFactory.phasedLoader(dsg, quiet);
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, quiet);
        };
        l.startBulk();
        try {
            l.load(files);
            l.finishBulk();
        } catch (RuntimeException e) {
            l.finishException(e);
            throw new StoreException("load failed: " + e.getMessage(), e);
        }
        return l.countQuads() + l.countTriples();
    }
}

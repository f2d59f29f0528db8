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
     * The files an input names: itself; for a directory (the output of the Spark job, say) every
     * RDF file under it whose syntax its name tells ({@code part-00000.nq.gz}; not
     * {@code _SUCCESS}, {@code summary.json} or Hadoop's {@code .crc} files), in path order; for a
     * glob ({@code shards/part-*.nq.gz}, quoted so the shell leaves it) the files it matches.
     */
    static List<Path> files(String input) {
        boolean glob = input.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
        Path f = Path.of(glob ? globBase(input) : input);
        if (!glob && Files.isRegularFile(f)) {
            return List.of(f);
        }
        if (!Files.isDirectory(f)) {
            throw new InputException(input + ": no such file");
        }
        java.nio.file.PathMatcher matcher = glob ? f.getFileSystem().getPathMatcher("glob:" + input) : null;
        List<Path> found;
        try (java.util.stream.Stream<Path> walk = Files.walk(f)) {
            found = walk.filter(Files::isRegularFile)
                    .filter(p -> glob ? matcher.matches(p) : !p.getFileName().toString().startsWith(".")
                            && BulkLoad.isRdfFileName(p.getFileName().toString()))
                    .sorted().toList();
        } catch (java.io.IOException e) {
            throw new InputException(input + ": " + e.getMessage());
        }
        if (found.isEmpty()) {
            throw new InputException(input + (glob ? ": no file matches" : ": no RDF file in the directory (files named "
                    + "*.nq, *.nq.gz, *.ttl, *.trig, ...)"));
        }
        return found;
    }

    /** The folder a glob's matches are under: its path up to the last '/' before a wildcard. */
    private static String globBase(String glob) {
        int wild = 0;
        while (wild < glob.length() && "*?[{".indexOf(glob.charAt(wild)) < 0) {
            wild++;
        }
        int slash = glob.lastIndexOf('/', wild);
        return slash < 0 ? "." : slash == 0 ? "/" : glob.substring(0, slash);
    }

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
            for (Path f : files(input)) {
                sources.add(new BulkLoad.Source(f.toString(), () -> Files.newInputStream(f), syntax, graph));
            }
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

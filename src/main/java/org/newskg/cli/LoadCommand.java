package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.app.LoadGraph;
import org.newskg.app.QueryFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newskg load}: RDF files into the dataset with Jena's TDB2 bulk loaders. */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Bulk-loads RDF files (N-Quads, TriG, Turtle ..., gzipped too) into the dataset with one of",
            "Jena's TDB2 loaders, for instance an export of another newskg dataset."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:loaded", "4:unknown loader or missing file", "5:the load failed"})
public final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--loader", paramLabel = "NAME", defaultValue = "parallel",
            description = "basic, sequential, phased or parallel (default: ${DEFAULT-VALUE}).")
    String loader;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "RDF files to load.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try {
            long quads = new LoadGraph().load(dataset.dataset, loader, files);
            double seconds = (System.nanoTime() - start) / 1e9;
            err.printf("loaded %d quads in %.1f s (%.0f quads/s)%n", quads, seconds, quads / Math.max(seconds, 1e-3));
            return ExitCodes.OK;
        } catch (QueryFailedException e) {
            err.println("newskg load: " + e.getMessage());
            return e.parseError() ? ExitCodes.QUERY_ERROR : ExitCodes.DATASET_ERROR;
        }
    }
}

package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.app.LoadGraph;
import org.newskg.app.QueryFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newskg load}: RDF files into the dataset with Jena's TDB2 bulk loaders. */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Bulk-loads RDF files into the dataset with Jena's TDB2 loaders.",
        description = "Bulk-loads RDF files (N-Quads, TriG, Turtle, N-Triples, RDF/XML, JSON-LD; gzipped too) into the "
                + "dataset with one of Jena's TDB2 loaders, for instance an export of another newskg dataset. "
                + "Quads keep their graphs; triples go into a named graph (--graph, or the file's URI), which "
                + "queries see.")
public final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @Option(names = "--loader", paramLabel = "NAME", defaultValue = "parallel",
            description = "basic, sequential, phased or parallel (default: ${DEFAULT-VALUE}).")
    String loader;

    @Option(names = "--syntax", paramLabel = "NAME",
            description = "The syntax of every input (ttl, nt, nq, trig, rdfxml, jsonld); default: told from each file name.")
    String syntax;

    @Option(names = "--graph", paramLabel = "IRI",
            description = "The named graph that triples go into (default: each file's file: URI; needed for triples on stdin).")
    String graph;

    @ParentCommand
    KgCli root;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "RDF files to load, directories of them (every RDF "
            + "file under it, as the *.nq.gz shards of the Spark job), quoted globs, or - for stdin.")
    List<String> files;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try {
            long quads = new LoadGraph().load(dataset.dataset, loader, files, syntax, graph, root.stdin());
            double seconds = (System.nanoTime() - start) / 1e9;
            err.printf("loaded %d quads in %.1f s (%.0f quads/s)%n", quads, seconds, quads / Math.max(seconds, 1e-3));
            return ExitCodes.OK;
        } catch (QueryFailedException e) {
            err.println("newskg load: " + e.getMessage());
            return e.parseError() ? ExitCodes.QUERY_ERROR : ExitCodes.DATASET_ERROR;
        }
    }
}

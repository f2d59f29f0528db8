package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newskg.app.ArticleSummary;
import org.newskg.app.BuildFailure;
import org.newskg.app.BuildGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newskg build}: articles in, Turtle files and a loaded dataset out. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Builds the graph from articles: one Turtle file each and a loaded dataset.",
            "Extracts people, organizations, places, arrest counts and statements from each article,",
            "writes its Turtle file and loads its graph into the dataset, replacing the graph of an",
            "article built before. Prints one summary line per article."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all articles built", "1:some input could not be read (the rest was built)",
            "5:the dataset could not be opened or written"})
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @picocli.CommandLine.ParentCommand
    KgCli root;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "Where the per-article Turtle files go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Article files, directories of .txt articles, or - for one article on stdin.")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        BuildGraph build = BuildGraph.standard();
        BuildGraph.Result result;
        try {
            result = build.build(inputs, new BuildGraph.Options(Optional.of(out), dataset.dataset), root.stdin(),
                    s -> print(s, stdout, stderr));
        } catch (RuntimeException e) {
            stderr.println("newskg build: cannot use dataset " + dataset.dataset + ": " + e.getMessage());
            return ExitCodes.DATASET_ERROR;
        }
        for (BuildFailure f : result.failed()) {
            stderr.println("error: " + f.message());
        }
        stderr.printf("built %d article(s), %d failed%n", result.built().size(), result.failed().size());
        stderr.flush();
        return result.failed().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_ERROR;
    }

    private static void print(ArticleSummary s, PrintWriter stdout, PrintWriter stderr) {
        s.warnings().forEach(w -> stderr.println("warning: " + w));
        stdout.printf("%s: %d people, %d organizations, %d places, %d arrest counts, %d statements, %d triples%s%n",
                s.id(), s.persons(), s.organizations(), s.places(), s.counts(), s.statements(), s.triples(),
                s.turtle().map(p -> " -> " + p).orElse(""));
        stdout.flush();
    }
}

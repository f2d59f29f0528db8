package org.newskg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newskg.api.NewsKg;
import org.newskg.app.ArticleSummary;
import org.newskg.app.BuildFailure;
import org.newskg.app.BuildGraph;
import org.newskg.app.BuildTotals;
import org.newskg.article.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newskg build}: articles in, Turtle files and a loaded dataset out. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Builds the graph from articles: one Turtle file each and a loaded dataset.",
        description = "Reads article files, directories (.txt, .jsonl, .ndjson, and .gz of them), or - for stdin; "
                + "extracts on all cores, loads the graphs into the dataset in batches (one transaction each), and "
                + "skips articles whose graph is already there for the same content. Prints one summary line per "
                + "article, and progress on stderr when it is a terminal.")
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatasetOption dataset;

    @ParentCommand
    KgCli root;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "Where the per-article Turtle files go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-turtle", description = "Write no per-article Turtle files (for large corpora).")
    boolean noTurtle;

    @Option(names = "--nquads", paramLabel = "FILE", description = "Also stream every built graph to this N-Quads file (.gz to compress).")
    Path nquads;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, text or jsonl (default: ${DEFAULT-VALUE}: by file name, or by content for stdin).")
    InputFormat format;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N", defaultValue = "5000",
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--compact", description = "Compact the dataset at the end (TDB2 keeps old index blocks of every batch).")
    boolean compact;

    @Option(names = "--summary-json", paramLabel = "FILE", description = "Also write the final summary as JSON to this file.")
    Path summaryJson;

    @Option(names = "--id", paramLabel = "ID", description = "The id of a text article read from stdin (default: stdin).")
    String stdinId = "stdin";

    @Option(names = "--text", paramLabel = "PROFILE", defaultValue = "spans",
            description = "How much article text each graph holds: spans (the text once, every fact's evidence and "
                    + "sentence as offsets), full (also a copy of the words of every span and statement, every sentence, "
                    + "each mention's rule) or none (no article text: facts, offsets, source URL and content hash). "
                    + "Default: ${DEFAULT-VALUE}.")
    String text;

    @Option(names = "--quiet", description = "No per-article lines.")
    boolean quiet;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Article files, directories, or - for articles on stdin (one text article, or JSON Lines).")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (threads < 1 || batch < 1) {
            stderr.println("newskg build: --threads and --batch must be at least 1");
            return ExitCodes.USAGE;
        }
        BuildGraph.Options options;
        try {
            options = new BuildGraph.Options(noTurtle ? Optional.empty() : Optional.of(out), dataset.dataset,
                    format, threads, batch, Optional.ofNullable(nquads), compact, stdinId);
        } catch (IllegalArgumentException e) {
            stderr.println("newskg build: --id: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            options = options.withText(text);
        } catch (IllegalArgumentException e) {
            stderr.println("newskg build: --text: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        long start = System.nanoTime();
        BuildGraph.Result result;
        try (BuildProgress progress = BuildProgress.forTerminal(inputs)) {
            result = NewsKg.create().build(inputs, options, root.stdin(), progress::step, s -> {
                if (!quiet) {
                    print(s, stdout, stderr);
                }
            });
        } catch (IOException e) {
            stderr.println("newskg build: " + e.getMessage() + " (nothing after the last batch was loaded)");
            return ExitCodes.DATASET_ERROR;
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            stderr.println("newskg build: " + (message.startsWith("cannot") ? message
                    : "cannot use dataset " + dataset.dataset + ": " + message));
            return ExitCodes.DATASET_ERROR;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (BuildFailure f : result.failed()) {
            stderr.println("error: " + f.message());
        }
        BuildTotals t = result.totals();
        stderr.printf("built %d article(s), %d unchanged, %d failed; %d entities, %d arrest counts, %d statements, "
                + "%d quads in %.1f s%n", t.built(), t.unchanged(), t.failed(), t.entities(), t.counts(), t.statements(),
                t.quads(), seconds);
        stderr.flush();
        if (summaryJson != null) {
            writeSummary(t, seconds);
        }
        if (t.built() + t.unchanged() + t.failed() == 0) {
            stderr.println("newskg build: no article in " + String.join(", ", inputs)
                    + " (articles are files ending in .txt, .jsonl or .ndjson, or their .gz)");
            return ExitCodes.INPUT_ERROR;
        }
        return t.failed() == 0 ? ExitCodes.OK : ExitCodes.INPUT_ERROR;
    }

    private void writeSummary(BuildTotals t, double seconds) throws java.io.IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("articlesBuilt", t.built());
        json.put("articlesUnchanged", t.unchanged());
        json.put("articlesFailed", t.failed());
        json.put("entities", t.entities());
        json.put("arrestCounts", t.counts());
        json.put("statements", t.statements());
        json.put("quads", t.quads());
        json.put("seconds", Math.round(seconds * 1000) / 1000.0);
        Path dir = summaryJson.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Files.writeString(summaryJson, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n");
    }

    private static void print(ArticleSummary s, PrintWriter stdout, PrintWriter stderr) {
        s.warnings().forEach(w -> stderr.println("warning: " + w));
        stdout.printf("%s: %d people, %d organizations, %d places, %d arrest counts, %d statements, %d triples%s%n",
                s.id(), s.persons(), s.organizations(), s.places(), s.counts(), s.statements(), s.triples(),
                s.turtle().map(p -> " -> " + p).orElse(""));
        stdout.flush();
    }
}

package org.newskg.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newskg.article.InputFormat;
import org.newskg.rdf.TextProfile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-submit --class org.newskg.spark.SparkBuildMain newskg-spark.jar --output OUT INPUT...}.
 * Exit codes: 0 the job ran (items that could not be built are in summary.json and on stderr),
 * 1 no article in the inputs, 2 a usage mistake, 5 the output cannot be written.
 */
@Command(name = "newskg-spark", mixinStandardHelpOptions = true, version = "newskg-spark 0.1.0",
        description = "Builds newskg graphs of news articles on Apache Spark: one graph per article, as N-Quads in "
                + "OUTPUT/part-*.nq.gz, with OUTPUT/summary.json; load them with `newskg load --dataset DIR OUTPUT`.")
public final class SparkBuildMain implements Callable<Integer> {
    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "A new directory (local, hdfs://, s3a://...) for the shards and summary.json.")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (JSON Lines for .jsonl/.ndjson, else one text article a file), text or jsonl.")
    String format;

    @Option(names = "--text", paramLabel = "PROFILE", defaultValue = "spans",
            description = "How much article text the graphs hold: full, spans (default) or none, as in newskg build.")
    String text;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Tasks to split the input files into (default: the default parallelism x 4).")
    int partitions;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when spark-submit gives none, e.g. local[2] (default local[*]).")
    String master;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or globs of articles.")
    List<String> inputs;

    private final PrintWriter out = new PrintWriter(System.out, true);
    private final PrintWriter err = new PrintWriter(System.err, true);

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBuildMain()).execute(args));
    }

    @Override
    public Integer call() {
        SparkBuild.Options options;
        try {
            options = new SparkBuild.Options(inputs, output, parseFormat(format), TextProfile.parse(text), partitions);
        } catch (IllegalArgumentException e) {
            err.println("newskg-spark: " + e.getMessage());
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("newskg build");
        if (!conf.contains("spark.master")) {
            conf.setMaster(master == null ? "local[*]" : master);
        }
        long start = System.nanoTime();
        SparkBuild.Summary s;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            s = SparkBuild.run(sc, options);
        } catch (IllegalArgumentException e) {
            err.println("newskg-spark: " + e.getMessage());
            return 2;
        } catch (java.io.IOException | RuntimeException e) {
            err.println("newskg-spark: cannot build into " + output + ": " + e.getMessage());
            return 5;
        }
        for (SparkBuild.Failure f : s.failures()) {
            err.println("error: " + f.message());
        }
        err.printf("built %d article(s), %d failed; %d quads in %.1f s -> %s%n", s.articles(), s.failed(), s.quads(),
                (System.nanoTime() - start) / 1e9, output);
        return s.articles() + s.failed() == 0 ? 1 : 0;
    }

    private static InputFormat parseFormat(String name) {
        return switch (name) {
            case "auto" -> InputFormat.AUTO;
            case "text" -> InputFormat.TEXT;
            case "jsonl" -> InputFormat.JSONL;
            default -> throw new IllegalArgumentException("--format: '" + name + "' is none of auto, text, jsonl");
        };
    }
}

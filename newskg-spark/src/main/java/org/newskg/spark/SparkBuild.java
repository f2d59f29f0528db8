package org.newskg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.newskg.article.InputFormat;
import org.newskg.rdf.TextProfile;
import scala.Tuple2;

/**
 * The build as a Spark job: lists the inputs on the driver, extracts and maps them on the
 * executors ({@link ArticleQuads}), and writes one graph per article as N-Quads into
 * {@code part-*.nq.gz} files (the extension Jena's loaders pick the parser by), with
 * {@code summary.json} beside them. The quads are those of {@code newskg build --nquads} on the
 * same inputs, whatever the partitioning: an article's graph depends on that article alone, and
 * when two articles have one id the first in build order is built and the other reported, as a
 * build does. An item that cannot be read or extracted is counted and reported with its source
 * and line; it never fails the job.
 */
public final class SparkBuild {
    /** How many failures the summary lists (all are counted). */
    static final int LISTED_FAILURES = 10_000;

    private SparkBuild() {
    }

    /**
     * What to build.
     *
     * @param inputs     files, directories or globs, on any Hadoop file system
     * @param output     a directory that does not exist yet
     * @param format     how to read the inputs
     * @param text       how much of each article's text its graph holds
     * @param partitions how many tasks to split the input files into, 0 for Spark's default parallelism x 4
     */
    public record Options(List<String> inputs, String output, InputFormat format, TextProfile text, int partitions) {
        public Options {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(output, "output may not be null");
            Objects.requireNonNull(format, "format may not be null");
            Objects.requireNonNull(text, "text may not be null");
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no input given");
            }
            if (partitions < 0) {
                throw new IllegalArgumentException("partitions may not be negative");
            }
        }
    }

    /** One input item that was not built. */
    public record Failure(String source, long line, String message) {
    }

    /**
     * What the job did.
     *
     * @param failures the first {@value #LISTED_FAILURES} failures in build order ({@code failed} counts all)
     */
    public record Summary(long articles, long failed, long quads, List<Failure> failures) {
        public Summary {
            failures = List.copyOf(failures);
        }
    }

    /** Runs the job; the output directory holds the shards and summary.json when it returns. */
    public static Summary run(JavaSparkContext sc, Options options) throws IOException {
        Configuration conf = sc.hadoopConfiguration();
        Path out = new Path(options.output());
        FileSystem outFs = out.getFileSystem(conf);
        if (outFs.exists(out)) {
            throw new IllegalArgumentException(options.output() + " already exists: give a new output directory");
        }
        List<InputFile> files = InputFiles.list(options.inputs(), conf);
        Map<String, String> hadoopConf = new HashMap<>();
        conf.forEach(e -> hadoopConf.put(e.getKey(), e.getValue()));
        int slices = Math.max(1, Math.min(files.size(), options.partitions() > 0 ? options.partitions()
                : sc.defaultParallelism() * 4));
        InputFormat format = options.format();
        TextProfile text = options.text();
        // One group of files a partition (flatMap is narrow: partition i reads group i).
        JavaRDD<InputFile> partitioned = sc.parallelize(balanced(files, slices), slices).flatMap(List::iterator);
        // First pass, reading only: ids and unreadable items. Small records, kept for the three questions asked.
        JavaRDD<Outcome> seen = partitioned.mapPartitions(it -> ArticleQuads.seen(it, format, hadoopConf))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // Ids given to more than one article: the first in build order keeps it (only the clashes travel back).
            Map<String, Clash> clashes = new HashMap<>(seen.filter(Outcome::isBuilt)
                    .mapToPair(o -> new Tuple2<>(o.id(), new Clash(1, o.order(), o.item(), o.source())))
                    .reduceByKey(Clash::merge)
                    .filter(p -> p._2().count() > 1)
                    .collectAsMap());
            Broadcast<Map<String, Clash>> clashing = sc.broadcast(clashes);
            JavaRDD<Outcome> notBuilt = seen.filter(o -> !o.isBuilt() || !isFirst(o, clashing.value()))
                    .map(o -> o.isBuilt() ? Outcome.failed(o.order(), o.item(), o.source(), 0, o.source()
                            + ": the article id '" + o.id() + "' is already taken by "
                            + clashing.value().get(o.id()).source()
                            + " in this build; the article was not built (give it another file name or JSON id)") : o);
            long failedCount = notBuilt.count();
            List<Outcome> failures = new ArrayList<>(notBuilt.takeOrdered(LISTED_FAILURES, new BuildOrder()));

            // Second pass: extraction, straight into the shards. Accumulators updated in a result stage count each
            // partition once, retries and speculative copies included.
            LongAccumulator articles = sc.sc().longAccumulator("articles built");
            LongAccumulator quads = sc.sc().longAccumulator("quads");
            CollectionAccumulator<Outcome> extractionFailures = sc.sc().collectionAccumulator("extraction failures");
            partitioned.mapPartitions(it -> ArticleQuads.built(it, format, text, hadoopConf, clashing.value()))
                    .filter(o -> {
                        if (!o.isBuilt()) {
                            extractionFailures.add(o);
                            return false;
                        }
                        articles.add(1);
                        quads.add(o.quads());
                        return true;
                    })
                    .map(o -> o.nquads().endsWith("\n") ? o.nquads().substring(0, o.nquads().length() - 1) : o.nquads())
                    .saveAsTextFile(options.output(), GzipCodec.class);
            failedCount += extractionFailures.value().size();
            failures.addAll(extractionFailures.value());
            failures.sort(new BuildOrder());
            List<Failure> listed = new ArrayList<>();
            for (Outcome o : failures.subList(0, Math.min(LISTED_FAILURES, failures.size()))) {
                listed.add(new Failure(o.source(), o.line(), o.failure()));
            }
            renameShards(outFs, out);
            Summary summary = new Summary(articles.value(), failedCount, quads.value(), listed);
            writeSummary(outFs, new Path(out, "summary.json"), summary);
            return summary;
        } finally {
            seen.unpersist(false);
        }
    }

    /**
     * The files in {@code groups} groups of about equal bytes, so that no task runs on alone at the end
     * of a stage: the largest file first, each into the group with the fewest bytes so far (the
     * lowest-numbered of equals); each group in build order. Depends on the listing only.
     */
    static List<List<InputFile>> balanced(List<InputFile> files, int groups) {
        List<InputFile> bySize = new ArrayList<>(files);
        bySize.sort(Comparator.comparingLong(InputFile::length).reversed().thenComparingLong(InputFile::order));
        long[] bytes = new long[groups];
        List<List<InputFile>> result = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            result.add(new ArrayList<>());
        }
        for (InputFile f : bySize) {
            int least = 0;
            for (int g = 1; g < groups; g++) {
                if (bytes[g] < bytes[least]) {
                    least = g;
                }
            }
            // A file of unknown size (0) counts as one byte, so that such files are spread too.
            bytes[least] += Math.max(1, f.length());
            result.get(least).add(f);
        }
        for (List<InputFile> group : result) {
            group.sort(Comparator.comparingLong(InputFile::order));
        }
        return result;
    }

    private static boolean isFirst(Outcome o, Map<String, Clash> clashes) {
        Clash clash = clashes.get(o.id());
        return clash == null || clash.isFirst(o.order(), o.item());
    }

    /** How often an id was given, and the first article (in build order) that has it. */
    record Clash(long count, long order, long item, String source) implements java.io.Serializable {
        /** Whether the article at this item of this input file is the one that keeps the id. */
        boolean isFirst(long fileOrder, long fileItem) {
            return order == fileOrder && item == fileItem;
        }

        Clash merge(Clash other) {
            boolean mine = order < other.order || (order == other.order && item < other.item);
            Clash first = mine ? this : other;
            return new Clash(count + other.count, first.order, first.item, first.source);
        }
    }

    /** Outcomes in the order a build meets them. */
    static final class BuildOrder implements Comparator<Outcome>, java.io.Serializable {
        @Override
        public int compare(Outcome a, Outcome b) {
            int c = Long.compare(a.order(), b.order());
            return c != 0 ? c : Long.compare(a.item(), b.item());
        }
    }

    /** Spark writes part-NNNNN.gz; Jena's loaders choose the parser by the extension before .gz. */
    private static void renameShards(FileSystem fs, Path out) throws IOException {
        for (FileStatus f : fs.listStatus(out)) {
            String name = f.getPath().getName();
            if (name.startsWith("part-") && name.endsWith(".gz") && !name.endsWith(".nq.gz")) {
                Path to = new Path(out, name.substring(0, name.length() - 3) + ".nq.gz");
                if (!fs.rename(f.getPath(), to)) {
                    throw new IOException("cannot rename " + f.getPath() + " to " + to);
                }
            }
        }
    }

    private static void writeSummary(FileSystem fs, Path file, Summary s) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("articlesBuilt", s.articles());
        json.put("articlesFailed", s.failed());
        json.put("quads", s.quads());
        List<Map<String, Object>> failures = new ArrayList<>();
        for (Failure f : s.failures()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", f.source());
            m.put("line", f.line());
            m.put("message", f.message());
            failures.add(m);
        }
        json.put("failures", failures);
        try (OutputStream o = fs.create(file, false)) {
            o.write((new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}

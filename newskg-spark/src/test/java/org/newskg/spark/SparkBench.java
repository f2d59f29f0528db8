package org.newskg.spark;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newskg.article.InputFormat;
import org.newskg.rdf.TextProfile;

/**
 * bench/spark.sh's warm measurement: {@code SparkBench WARMUPS ROUNDS WORKDIR INPUT...} runs the
 * job WARMUPS times at {@code local[2]} untimed, so that the JIT compiler has done its work (on the
 * BBC corpus it compiles for some 30 s of CPU, on the core a task does not use at {@code local[1]}),
 * then ROUNDS times at {@code local[1]} and at {@code local[2]} in turn, each in a new Spark context
 * in this JVM (a change of load on a shared machine falls on both alike), and prints each timed run
 * (the context's start not counted) and the median of each. It measures the job as long-lived
 * executors run it; bench/spark.sh's separate JVMs measure it cold.
 */
public final class SparkBench {
    private SparkBench() {
    }

    public static void main(String[] args) throws Exception {
        int warmups = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path work = Path.of(args[2]);
        List<String> inputs = List.of(args).subList(3, args.length);
        int run = 0;
        for (int i = 0; i < warmups; i++) {
            time("local[2]", inputs, work.resolve("run" + ++run));
        }
        List<List<Double>> seconds = List.of(new ArrayList<>(), new ArrayList<>());
        SparkBuild.Summary last = null;
        for (int r = 0; r < rounds; r++) {
            for (int n = 1; n <= 2; n++) {
                Timed t = time("local[" + n + "]", inputs, work.resolve("run" + ++run));
                seconds.get(n - 1).add(t.seconds());
                last = t.summary();
                System.out.printf(Locale.ROOT, "warm local[%d] run %d: %.2f s (JIT compiling %.2f s of it)%n", n, r + 1,
                        t.seconds(), t.jitSeconds());
            }
        }
        double one = median(seconds.get(0));
        double two = median(seconds.get(1));
        System.out.printf(Locale.ROOT, "warm median: local[1] %.2f s, %.1f articles/s, %.0f quads/s; "
                        + "local[2] %.2f s, %.1f articles/s, %.0f quads/s; speed-up %.2f%n",
                one, last.articles() / one, last.quads() / one, two, last.articles() / two, last.quads() / two, one / two);
    }

    private record Timed(double seconds, double jitSeconds, SparkBuild.Summary summary) {
    }

    private static Timed time(String master, List<String> inputs, Path out) throws Exception {
        SparkConf conf = new SparkConf().setAppName("newskg bench").setMaster(master);
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long start = System.nanoTime();
            SparkBuild.Summary s = SparkBuild.run(sc, new SparkBuild.Options(inputs, out.toString(), InputFormat.AUTO,
                    TextProfile.SPANS, 0));
            return new Timed((System.nanoTime() - start) / 1e9,
                    (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit) / 1e3, s);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

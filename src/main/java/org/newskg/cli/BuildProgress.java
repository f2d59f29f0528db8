package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newskg.app.ArticleSummary;

/**
 * A progress bar on stderr (articles/s, quads/s, ETA when the number of articles is known) when
 * stderr is a terminal; nothing otherwise, so logs and pipes stay clean.
 */
final class BuildProgress implements AutoCloseable {
    private final ProgressBar bar;
    private final long start = System.nanoTime();
    private long quads;

    private BuildProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar when the process has a terminal; the total is the number of text article files, unknown for JSON Lines. */
    static BuildProgress forTerminal(List<String> inputs) {
        if (System.console() == null) {
            return new BuildProgress(null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName("building").setInitialMax(countTextArticles(inputs))
                .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        return new BuildProgress(bar);
    }

    private static long countTextArticles(List<String> inputs) {
        long n = 0;
        for (String input : inputs) {
            Path p = Path.of(input);
            if (input.equals("-")) {
                return -1;
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    List<String> names = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
                    if (names.stream().anyMatch(f -> f.contains(".jsonl") || f.contains(".ndjson"))) {
                        return -1;
                    }
                    n += names.stream().filter(f -> f.endsWith(".txt") || f.endsWith(".txt.gz")).count();
                } catch (java.io.IOException e) {
                    return -1;
                }
            } else if (input.contains(".jsonl") || input.contains(".ndjson")) {
                return -1;
            } else {
                n++;
            }
        }
        return n;
    }

    void step(ArticleSummary s) {
        if (bar == null) {
            return;
        }
        quads += s.triples();
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        bar.step();
        bar.setExtraMessage(String.format(java.util.Locale.ROOT, " %.1fk quads/s", quads / seconds / 1000));
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}

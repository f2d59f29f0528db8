package org.newskg.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.newskg.article.ArticleId;
import org.newskg.rdf.Iris;
import org.newskg.rdf.RdfFiles;
import org.newskg.store.KgStore;
import org.newskg.store.StoreException;
import org.newskg.view.GraphViews;
import org.newskg.view.StaticReport;

/**
 * Writes the web page's views of a dataset, or of some of its articles, as one self-contained
 * HTML file: no server, no request outside the file.
 */
public final class WriteReport {
    /** The most graph nodes a report holds; beyond it the user is asked to choose articles. */
    public static final int MAX_NODES = 20_000;

    /** What was written. */
    public record Summary(int articles, int nodes, int arrests, long bytes) {
    }

    /**
     * Writes the report of {@code articleIds} (all articles when empty) to {@code output}, through
     * a temporary file, so the file is whole or absent.
     */
    public Summary write(Path dataset, List<String> articleIds, Path output) {
        return write(dataset, articleIds, output, null);
    }

    /** Writes the report to {@code output}, or to {@code stdout} when {@code output} is null. */
    public Summary write(Path dataset, List<String> articleIds, Path output, OutputStream stdout) {
        try (KgStore store = KgStore.openExisting(dataset)) {
            if (articleIds.isEmpty()) {
                return write(store, output, stdout);
            }
            List<String> graphs = articleIds.stream().map(id -> Iris.graph(new ArticleId(id))).toList();
            for (int i = 0; i < graphs.size(); i++) {
                if (!store.hasGraph(graphs.get(i))) {
                    throw new QueryFailedException("no article " + articleIds.get(i) + " in " + dataset, false, null);
                }
            }
            try (KgStore chosen = store.copyOf(graphs)) {
                return write(chosen, output, stdout);
            }
        } catch (StoreException | IllegalArgumentException | IllegalStateException e) {
            throw new QueryFailedException(e.getMessage(), false, e);
        }
    }

    private static Summary write(KgStore store, Path output, OutputStream stdout) {
        StaticReport.Contents report = new StaticReport(store, GraphViews.NEIGHBOUR_LIMIT, MAX_NODES).build();
        byte[] bytes = report.html().getBytes(StandardCharsets.UTF_8);
        if (output == null) {
            try {
                stdout.write(bytes);
                stdout.flush();
            } catch (IOException e) {
                throw new QueryFailedException("cannot write the report to stdout: " + e.getMessage(), false, e);
            }
            return new Summary(report.articles(), report.nodes(), report.arrests(), bytes.length);
        }
        Path dir = output.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = RdfFiles.temporaryBeside(output);
            Files.write(tmp, bytes);
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new QueryFailedException("cannot write " + output + ": " + e.getMessage(), false, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move took it, or the write failed and the file is left for the user to see
                }
            }
        }
        return new Summary(report.articles(), report.nodes(), report.arrests(), bytes.length);
    }
}

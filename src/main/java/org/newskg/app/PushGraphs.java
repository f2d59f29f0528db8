package org.newskg.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.newskg.rdf.TextFilter;
import org.newskg.rdf.TextProfile;
import org.newskg.remote.GraphStorePush;
import org.newskg.remote.PushOutcome;
import org.newskg.remote.PushTarget;
import org.newskg.store.KgStore;
import org.newskg.store.StoreException;

/** Sends a dataset's article graphs to another store over the SPARQL 1.1 Graph Store HTTP Protocol. */
public final class PushGraphs {
    private final int attempts;
    private final Duration backoff;

    /** Three tries per graph, waiting one second, then two. */
    public PushGraphs() {
        this(3, Duration.ofSeconds(1));
    }

    public PushGraphs(int attempts, Duration backoff) {
        this.attempts = attempts;
        this.backoff = backoff;
    }

    /**
     * Pushes the graphs (all when empty); the password, when a user is given, is the first line
     * of {@code passwordFile}. Reports each graph to {@code progress} and returns all reports.
     */
    public List<PushReport> push(Path dataset, String endpoint, List<String> graphs, boolean replace, String user,
                                 Path passwordFile, Consumer<PushReport> progress) throws IOException {
        return push(dataset, endpoint, graphs, replace, user, passwordFile, TextProfile.FULL.toString(), progress);
    }

    /** As the other push, with no more article text than the profile named {@code textProfile} (full, spans, none) keeps. */
    public List<PushReport> push(Path dataset, String endpoint, List<String> graphs, boolean replace, String user,
                                 Path passwordFile, String textProfile, Consumer<PushReport> progress) throws IOException {
        TextFilter text;
        try {
            text = new TextFilter(TextProfile.parse(textProfile));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        Optional<String> password = Optional.empty();
        if (passwordFile != null) {
            List<String> lines;
            try {
                lines = Files.readAllLines(passwordFile);
            } catch (IOException e) {
                throw new InputException("cannot read the password file " + passwordFile + ": " + e, e);
            }
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new InputException(passwordFile + ":1: the password file is empty");
            }
            password = Optional.of(lines.get(0).strip());
        }
        PushTarget target;
        try {
            target = new PushTarget(endpoint, Optional.ofNullable(user), password, replace, attempts, backoff);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        try (KgStore store = KgStore.openExisting(dataset)) {
            return GraphStorePush.push(store, graphs, target, text, o -> progress.accept(report(o))).stream()
                    .map(PushGraphs::report).toList();
        } catch (StoreException e) {
            throw new QueryFailedException(e.getMessage(), false, e);
        }
    }

    private static PushReport report(PushOutcome o) {
        return new PushReport(o.graph(), o.triples(), o.sent(), o.attempts(), o.message());
    }
}

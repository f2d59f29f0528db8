package org.newskg.app;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.newskg.store.KgStore;
import org.newskg.store.ShapesCheck;
import org.newskg.store.StoreException;

/** Validates a dataset against newskg's SHACL shapes, or against a shapes file given. */
public final class ValidateGraph {
    /** Writes the SHACL report of each article graph; returns the number of violations (0 when the dataset conforms). */
    public long validate(Path dataset, Path shapesFile, OutputStream report) {
        return validate(dataset, shapesFile, report, false, (done, total) -> { });
    }

    /**
     * Writes the SHACL report of each article graph, or of their union, telling {@code progress}
     * how many graphs of how many are done; returns the number of violations.
     */
    public long validate(Path dataset, Path shapesFile, OutputStream report, boolean union,
                         BiConsumer<Integer, Integer> progress) {
        if (shapesFile != null && !Files.isRegularFile(shapesFile)) {
            throw new InputException(shapesFile + ": no such file");
        }
        try (KgStore store = KgStore.openExisting(dataset)) {
            return ShapesCheck.validate(store, shapesFile, report, union, progress);
        } catch (IllegalArgumentException e) {
            throw new InputException(shapesFile + ": not SHACL shapes newskg can read (" + e.getMessage() + ")", e);
        } catch (StoreException e) {
            throw new QueryFailedException(e.getMessage(), false, e);
        }
    }
}

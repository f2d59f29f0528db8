package org.newskg.app;

import java.io.OutputStream;
import java.nio.file.Path;
import org.newskg.store.KgStore;
import org.newskg.store.ShapesCheck;
import org.newskg.store.StoreException;

/** Validates a dataset against newskg's SHACL shapes, or against a shapes file given. */
public final class ValidateGraph {
    /** Writes the SHACL report; returns the number of violations (0 when the dataset conforms). */
    public long validate(Path dataset, Path shapesFile, OutputStream report) {
        try (KgStore store = KgStore.openExisting(dataset)) {
            return ShapesCheck.validate(store, shapesFile, report);
        } catch (StoreException e) {
            throw new QueryFailedException(e.getMessage(), false, e);
        }
    }
}

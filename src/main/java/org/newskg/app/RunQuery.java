package org.newskg.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newskg.store.KgStore;
import org.newskg.store.Queries;
import org.newskg.store.StoreException;

/** Runs one SPARQL query (given as text or as a file) over a dataset and writes the results. */
public final class RunQuery {
    /** Runs the query; {@code queryFile} wins over {@code queryText} when given. Returns the rows, triples or ASK answer (1 for true). */
    public long run(Path dataset, String queryText, Path queryFile, ResultFormat format, OutputStream out)
            throws IOException {
        String sparql = queryFile != null ? Files.readString(queryFile) : queryText;
        try {
            Queries.parse(sparql);
        } catch (StoreException e) {
            throw new QueryFailedException(e.getMessage(), true, e);
        }
        try (KgStore store = KgStore.openExisting(dataset)) {
            return Queries.run(store, sparql, org.newskg.store.ResultFormat.valueOf(format.name()), out).size();
        } catch (StoreException e) {
            throw new QueryFailedException(e.getMessage(), false, e);
        }
    }
}

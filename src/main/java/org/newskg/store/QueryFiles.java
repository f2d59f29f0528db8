package org.newskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The SPARQL files of {@code ontology/queries/}, read from the classpath. */
final class QueryFiles {
    private QueryFiles() {
    }

    static String read(String name) {
        String path = "/ontology/queries/" + name;
        try (InputStream in = QueryFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

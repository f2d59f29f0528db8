package org.newskg.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the SPARQL files and page assets kept as resources beside this package's classes. */
final class SparqlFiles {
    private SparqlFiles() {
    }

    /** A query of this package, by file name without .rq. */
    static String query(String name) {
        return resource(name + ".rq");
    }

    /** A resource beside this package's classes, or under the classpath root when the name starts with '/'. */
    static String resource(String name) {
        try (InputStream in = SparqlFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}

package org.newskg.view;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the SPARQL files and page files kept as resources beside this package's classes. */
final class ViewResourceLib {
    private ViewResourceLib() {
    }

    /** A query of this package, by file name without .rq. */
    static String query(String name) {
        return text(name + ".rq");
    }

    /** A resource beside this package's classes, or under the classpath root when the name starts with '/'. */
    static String text(String name) {
        return new String(bytes(name), UTF_8);
    }

    /** The bytes of a resource, named as for {@link #text(String)}. */
    static byte[] bytes(String name) {
        try (InputStream in = ViewResourceLib.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}

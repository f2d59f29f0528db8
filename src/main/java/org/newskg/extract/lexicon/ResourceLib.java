package org.newskg.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated word lists and gazetteers that ship on the classpath. */
final class ResourceLib {
    private ResourceLib() {
    }

    /**
     * The rows of a resource beside this class: lines split at tabs, with blank lines, lines
     * starting with '#' and the header row (the first other line) left out.
     */
    static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : lines(name)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    /** The non-blank lines of a resource beside this class. */
    static List<String> lines(String name) {
        try (InputStream in = ResourceLib.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the classpath: " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}

package org.newskg.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What one article gave.
 *
 * @param source     the file it was read from, or "-"
 * @param id         its article id
 * @param persons    persons found
 * @param organizations organizations found
 * @param places     places found
 * @param counts     arrest counts found
 * @param statements statements found
 * @param triples    triples in its graph
 * @param turtle     the Turtle file written, if any
 * @param warnings   problems in the input that extraction worked around, as "source:line: message"
 */
public record ArticleSummary(String source, String id, long persons, long organizations, long places, int counts,
                             int statements, long triples, Optional<Path> turtle, List<String> warnings) {
    public ArticleSummary {
        warnings = List.copyOf(warnings);
    }
}

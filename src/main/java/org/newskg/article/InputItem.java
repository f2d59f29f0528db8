package org.newskg.article;

import java.util.Objects;

/** One item of a build's input: an article that was read, or an input that could not be. */
public sealed interface InputItem {
    /** An article read from its source. */
    record Parsed(Article article) implements InputItem {
        public Parsed {
            Objects.requireNonNull(article, "article may not be null");
        }
    }

    /**
     * An input that could not be read.
     *
     * @param source  the file (or "-")
     * @param line    the 1-based line, 0 when the whole input failed
     * @param message what is wrong, starting with "source:line: "
     */
    record Unreadable(String source, long line, String message) implements InputItem {
        public Unreadable {
            Objects.requireNonNull(source, "source may not be null");
            Objects.requireNonNull(message, "message may not be null");
        }
    }
}

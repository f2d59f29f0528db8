package org.newskg.article;

/** An article file that cannot be read as an article; the message names the source and line. */
public final class ArticleFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    public ArticleFormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** The 1-based line the problem is on. */
    public int line() {
        return line;
    }
}

package org.newskg.app;

/** A query or validation that could not run: the query does not parse, or the dataset cannot be opened. */
public final class QueryFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean parseError;

    public QueryFailedException(String message, boolean parseError, Throwable cause) {
        super(message, cause);
        this.parseError = parseError;
    }

    /** Whether the query text was at fault, not the dataset. */
    public boolean parseError() {
        return parseError;
    }
}

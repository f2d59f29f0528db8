package org.newskg.cli;

/** The exit codes of newskg commands. */
public final class ExitCodes {
    /** Everything worked (and, for validate, the dataset conforms). */
    public static final int OK = 0;
    /** Some input could not be read or built; the others were. */
    public static final int INPUT_ERROR = 1;
    /** The command line was wrong (picocli's usage error code). */
    public static final int USAGE = 2;
    /** The dataset does not conform to the shapes. */
    public static final int NOT_CONFORMING = 3;
    /** The query does not parse or could not run. */
    public static final int QUERY_ERROR = 4;
    /** The dataset could not be opened or written. */
    public static final int DATASET_ERROR = 5;
    /** The server could not start (its port is taken, say). */
    public static final int SERVER_ERROR = 6;

    private ExitCodes() {
    }
}

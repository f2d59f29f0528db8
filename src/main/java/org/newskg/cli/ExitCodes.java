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

    /** The one table of exit codes, shown in every command's help and in the README. */
    static final java.util.Map<String, String> TABLE = tableOf(
            OK, "success (validate: the dataset conforms)",
            INPUT_ERROR, "some input could not be read or built, the rest was (push: some graph was not sent)",
            USAGE, "usage error: a wrong option, value or argument",
            NOT_CONFORMING, "validate: the dataset does not conform to the shapes",
            QUERY_ERROR, "query: the query does not parse or could not run",
            DATASET_ERROR, "the dataset (or an output file) could not be opened or written",
            SERVER_ERROR, "serve: the server could not listen (its port is taken, say)");

    private static java.util.Map<String, String> tableOf(Object... codesAndMeanings) {
        java.util.Map<String, String> table = new java.util.LinkedHashMap<>();
        for (int i = 0; i < codesAndMeanings.length; i += 2) {
            table.put(String.valueOf(codesAndMeanings[i]), (String) codesAndMeanings[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(table);
    }

    private ExitCodes() {
    }
}

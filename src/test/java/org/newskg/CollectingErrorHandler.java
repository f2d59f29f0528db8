package org.newskg;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.system.ErrorHandler;

/** A parser error handler that keeps every warning and error, so a test can assert there were none. */
public final class CollectingErrorHandler implements ErrorHandler {
    private final List<String> problems = new ArrayList<>();

    public List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void warning(String message, long line, long col) {
        problems.add("warning " + line + ":" + col + " " + message);
    }

    @Override
    public void error(String message, long line, long col) {
        problems.add("error " + line + ":" + col + " " + message);
    }

    @Override
    public void fatal(String message, long line, long col) {
        problems.add("fatal " + line + ":" + col + " " + message);
    }
}
